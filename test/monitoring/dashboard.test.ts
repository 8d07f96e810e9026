import * as cognito from 'aws-cdk-lib/aws-cognito';
import { dashboardWidgets, monitoredImportedPool, monitoredPool, poolQuery, widget, widgetExpressions } from './monitoring-fixtures';
import { awsNagErrors } from '../support/nag';

const ACTIVITY = 'UserPool, UserPoolClient';
const FEDERATION = 'IdentityProvider, UserPool, UserPoolClient';

describe('AuthMonitoring dashboard', () => {
  test('snapshot pins the default template', () => {
    expect(monitoredPool().template.toJSON()).toMatchSnapshot();
  });

  test('the four AWS nag packs find nothing on the defaults', () => {
    expect(awsNagErrors(monitoredPool().stack)).toEqual([]);
  });

  test('one widget per activity plots successes and throttles summed over every app client', () => {
    const { template } = monitoredPool();
    expect(widgetExpressions(template, 'Sign in')).toEqual([poolQuery('SUM(SignInSuccesses)', ACTIVITY), poolQuery('SUM(SignInThrottles)', ACTIVITY)]);
    expect(widgetExpressions(template, 'Sign up')).toEqual([poolQuery('SUM(SignUpSuccesses)', ACTIVITY), poolQuery('SUM(SignUpThrottles)', ACTIVITY)]);
    expect(widgetExpressions(template, 'Token refresh')).toEqual([
      poolQuery('SUM(TokenRefreshSuccesses)', ACTIVITY), poolQuery('SUM(TokenRefreshThrottles)', ACTIVITY),
    ]);
    expect(widgetExpressions(template, 'Federation')).toEqual([
      poolQuery('SUM(FederationSuccesses)', FEDERATION), poolQuery('SUM(FederationThrottles)', FEDERATION),
    ]);
  });

  test('success rates use the Average of each 0/1 success metric, on a 0–1 axis', () => {
    const { template } = monitoredPool();
    expect(widgetExpressions(template, 'Success rate (0–1)')).toEqual([
      poolQuery('AVG(SignInSuccesses)', ACTIVITY),
      poolQuery('AVG(SignUpSuccesses)', ACTIVITY),
      poolQuery('AVG(TokenRefreshSuccesses)', ACTIVITY),
      poolQuery('AVG(FederationSuccesses)', FEDERATION),
    ]);
    expect(widget(template, 'Success rate (0–1)').properties).toMatchObject({ yAxis: { left: { min: 0, max: 1 } } });
  });

  test('sign-ins are broken down by app client', () => {
    expect(widgetExpressions(monitoredPool().template, 'Sign-ins by app client')).toEqual([poolQuery('SUM(SignInSuccesses)', ACTIVITY, 'UserPoolClient')]);
  });

  test('on PLUS, threat-protection metrics by risk level and by operation, dimensioned by UserPoolId', () => {
    const { template } = monitoredPool();
    const riskQuery = (metric: string, schema: string, groupBy: string) =>
      `SELECT SUM(${metric}) FROM SCHEMA("AWS/Cognito", ${schema}) WHERE UserPoolId = '\${UsersUserPool7E610616}' GROUP BY ${groupBy}`;
    expect(widgetExpressions(template, 'Compromised credentials by risk level')).toEqual([
      riskQuery('CompromisedCredentialRisk', 'Operation, RiskLevel, UserPoolId', 'RiskLevel'),
    ]);
    expect(widgetExpressions(template, 'Account takeover risk by risk level')).toEqual([
      riskQuery('AccountTakeoverRisk', 'Operation, RiskLevel, UserPoolId', 'RiskLevel'),
    ]);
    expect(widgetExpressions(template, 'Blocked by configured overrides')).toEqual([riskQuery('OverrideBlock', 'Operation, RiskLevel, UserPoolId', 'RiskLevel')]);
    expect(widgetExpressions(template, 'Risky and risk-free requests')).toEqual([
      riskQuery('Risk', 'Operation, UserPoolId', 'Operation'),
      riskQuery('NoRisk', 'Operation, UserPoolId', 'Operation'),
    ]);
  });

  test('below PLUS there are no threat-protection widgets', () => {
    const { template } = monitoredPool({}, { featurePlan: cognito.FeaturePlan.ESSENTIALS });
    const titles = dashboardWidgets(template).map((w) => w.properties.title);
    expect(titles).not.toContain('Compromised credentials by risk level');
    expect(titles).toContain('Sign in');
  });

  test('an imported pool is assumed ESSENTIALS unless its plan is given', () => {
    const titlesOf = (plan?: cognito.FeaturePlan) =>
      dashboardWidgets(monitoredImportedPool({ featurePlan: plan }).template).map((w) => w.properties.title);
    expect(titlesOf()).not.toContain('Risky and risk-free requests');
    expect(titlesOf(cognito.FeaturePlan.PLUS)).toContain('Risky and risk-free requests');
    expect(monitoredImportedPool().monitor.featurePlan).toBe(cognito.FeaturePlan.ESSENTIALS);
  });

  test('without triggers there are no trigger widgets, and every alarm appears in the status widget', () => {
    const { template, monitor } = monitoredPool();
    const widgets = dashboardWidgets(template);
    expect(widgets.map((w) => w.properties.title)).not.toContain('Trigger errors');
    expect(widget(template, 'Alarms').properties.alarms).toHaveLength(monitor.alarms.length);
  });

  test('the dashboard name is the user\'s when given', () => {
    monitoredPool({ dashboardName: 'auth-prod' }).template.hasResourceProperties('AWS::CloudWatch::Dashboard', { DashboardName: 'auth-prod' });
  });
});
