import { Token } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { monitoredImportedPool, monitoredPool } from './monitoring-fixtures';
import { EnterpriseUserPool } from '../../lib';
import { AuthMonitoring } from '../../lib/monitoring';
import { MONITORING_RULES } from '../../lib/monitoring/rules';
import { describeRules } from '../../lib/private/validation/catalogue';
import { testStack } from '../support/test-stack';

describe('AuthMonitoring synth-time rules', () => {
  test('a pool is named exactly once', () => {
    const stack = testStack();
    expect(() => new AuthMonitoring(stack, 'Neither', {})).toThrow(
      '[CE-MONITORING-POOL] TestStack/Neither: enterpriseUserPool and userPool is "neither given" — exactly one of enterpriseUserPool and userPool names the pool to monitor',
    );
    const users = new EnterpriseUserPool(stack, 'Users');
    expect(() => new AuthMonitoring(stack, 'Both', { enterpriseUserPool: users, userPool: users.userPool })).toThrow(/\[CE-MONITORING-POOL\] TestStack\/Both: .*"both given"/);
  });

  test('a snake_case or misspelt key, nested ones too, fails instead of being dropped', () => {
    const props = { throttle_alarm: { threshold: 5 }, signInSuccessRateAlarm: { thre_shold: 90 } } as object;
    expect(() => monitoredImportedPool(props)).toThrow(new RegExp([
      '2 Cognito rules broken:',
      '.*\\[CE-INPUT-SHAPE\\] TestStack/Monitoring: throttle_alarm is \\{"threshold":5\\} — is not a setting of AuthMonitoringProps: did you mean throttleAlarm\\?',
      '.*signInSuccessRateAlarm.thre_shold is 90 — is not a setting of AuthAlarmOptions: did you mean threshold\\?',
    ].join('\n')));
  });

  test('userAuthEvents on a plan below PLUS fails with path, prop, value and rule', () => {
    expect(() => monitoredImportedPool({ featurePlan: cognito.FeaturePlan.ESSENTIALS, activityLogs: { userAuthEvents: true } })).toThrow(
      '[CE-MONITORING-AUTH-EVENTS-PLAN] TestStack/Monitoring: activityLogs.userAuthEvents is true — needs the PLUS feature plan (the pool is on ESSENTIALS)',
    );
    expect(() => monitoredPool({ activityLogs: { userAuthEvents: true } })).not.toThrow();
    // A plan chosen at deploy time may be PLUS.
    expect(() => monitoredImportedPool({ featurePlan: Token.asString({ Ref: 'Plan' }) as cognito.FeaturePlan, activityLogs: { userAuthEvents: true } })).not.toThrow();
  });

  test('activity logs export something', () => {
    expect(() => monitoredImportedPool({ activityLogs: { userNotification: false } })).toThrow(
      /\[CE-MONITORING-LOG-SOURCES\] TestStack\/Monitoring: activityLogs is \{"userNotification":false,"userAuthEvents":false\}/,
    );
  });

  test.each([
    [{ throttleAlarm: { evaluationPeriods: 0 } }, 'throttleAlarm.evaluationPeriods is 0 — must be a whole number from 1 to 36'],
    [{ signInSuccessRateAlarm: { evaluationPeriods: 37 } }, 'signInSuccessRateAlarm.evaluationPeriods is 37 — must be a whole number from 1 to 36'],
    [{ triggerErrorAlarm: { evaluationPeriods: 289 } }, 'triggerErrorAlarm.evaluationPeriods is 289 — must be a whole number from 1 to 288'],
    [{ triggerDurationAlarm: { evaluationPeriods: 2.5 } }, 'triggerDurationAlarm.evaluationPeriods is 2.5'],
    [{ throttleAlarm: { evaluationPeriods: 2, datapointsToAlarm: 3 } }, 'throttleAlarm.datapointsToAlarm is 3 — must be a whole number from 1 to evaluationPeriods (2)'],
    // Without evaluationPeriods the alarm keeps its default of 1 period, which bounds the datapoints.
    [{ throttleAlarm: { datapointsToAlarm: 3 } }, 'throttleAlarm.datapointsToAlarm is 3 — must be a whole number from 1 to evaluationPeriods (1)'],
  ])('alarm periods are checked: %j', (props, message) => {
    expect(() => monitoredPool(props)).toThrow(`[CE-MONITORING-ALARM-PERIODS] TestStack/Monitoring: ${message}`);
  });

  test.each([
    [{ signInSuccessRateAlarm: { threshold: 50 } }, 'signInSuccessRateAlarm.threshold is 50 — must be a fraction above 0 and at most 1'],
    [{ signInSuccessRateAlarm: { threshold: 0 } }, 'signInSuccessRateAlarm.threshold is 0 — must be a fraction above 0 and at most 1'],
    [{ triggerThrottleAlarm: { threshold: -1 } }, 'triggerThrottleAlarm.threshold is -1 — must not be negative'],
  ])('alarm thresholds are checked: %j', (props, message) => {
    expect(() => monitoredPool(props)).toThrow(`[CE-MONITORING-ALARM-THRESHOLD] TestStack/Monitoring: ${message}`);
  });

  test('a disabled alarm\'s settings are not checked', () => {
    expect(() => monitoredPool({ throttleAlarm: { enabled: false, evaluationPeriods: 0 } })).not.toThrow();
  });

  test('every broken rule is reported at once', () => {
    expect(() => monitoredPool({ throttleAlarm: { threshold: -1, evaluationPeriods: 0 } })).toThrow(/2 Cognito rules broken/);
  });

  test('a duration threshold at or above Cognito\'s 5 seconds warns', () => {
    const { stack } = monitoredPool({ triggerDurationAlarm: { threshold: 5000 } });
    Annotations.fromStack(stack).hasWarning('/TestStack/Monitoring', Match.stringLikeRegexp(
      '\\[CE-MONITORING-TRIGGER-DURATION\\] TestStack/Monitoring: triggerDurationAlarm.threshold is 5000',
    ));
    Annotations.fromStack(monitoredPool().stack).hasNoWarning('*', Match.stringLikeRegexp('CE-MONITORING'));
  });

  test('every rule id is unique and listed in the catalogue', () => {
    const ids = describeRules(MONITORING_RULES).map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith('CE-MONITORING-'))).toHaveLength(MONITORING_RULES.length);
  });
});

describe('AuthMonitoring feature plan', () => {
  test('a featurePlan that contradicts the EnterpriseUserPool fails with the rule id', () => {
    expect(() => monitoredPool({ featurePlan: cognito.FeaturePlan.ESSENTIALS })).toThrow(
      '[CE-MONITORING-POOL] TestStack/Monitoring: featurePlan is "ESSENTIALS" — the monitored EnterpriseUserPool runs on PLUS: leave featurePlan unset',
    );
  });
});
