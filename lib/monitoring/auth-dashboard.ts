import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { Construct } from 'constructs';
import { AuthActivity } from './auth-activity';
import { CognitoPoolMetrics, label, OperationRiskMetric, RiskLevelMetric } from './cognito-metrics';
import { COGNITO_TRIGGER_TIMEOUT_MS, METRIC_PERIOD } from './defaults';
import { WatchedTrigger } from './watched-triggers';

/** What the dashboard shows. */
export interface AuthDashboardProps {
  readonly dashboardName?: string;
  readonly metrics: CognitoPoolMetrics;
  readonly threatProtection: boolean;
  readonly triggers: WatchedTrigger[];
  readonly alarms: cloudwatch.IAlarm[];
}

const ACTIVITIES = [AuthActivity.SIGN_IN, AuthActivity.SIGN_UP, AuthActivity.TOKEN_REFRESH, AuthActivity.FEDERATION];

/** One row per concern: activity volume, success rates, threat protection, triggers, alarm states. */
export function createAuthDashboard(scope: Construct, id: string, props: AuthDashboardProps): cloudwatch.Dashboard {
  const dashboard = new cloudwatch.Dashboard(scope, id, { dashboardName: props.dashboardName });
  const { metrics } = props;
  dashboard.addWidgets(...ACTIVITIES.map((activity) => graph(label(activity), [metrics.successes(activity), metrics.throttles(activity)], 6)));
  dashboard.addWidgets(
    graph('Success rate (0–1)', ACTIVITIES.map((activity) => metrics.successRate(activity)), 12, { min: 0, max: 1 }),
    graph('Sign-ins by app client', [metrics.successesByClient(AuthActivity.SIGN_IN)], 12),
  );
  if (props.threatProtection) {
    dashboard.addWidgets(
      graph('Compromised credentials by risk level', [metrics.riskByLevel(RiskLevelMetric.COMPROMISED_CREDENTIAL)], 6),
      graph('Account takeover risk by risk level', [metrics.riskByLevel(RiskLevelMetric.ACCOUNT_TAKEOVER)], 6),
      graph('Blocked by configured overrides', [metrics.riskByLevel(RiskLevelMetric.OVERRIDE_BLOCK)], 6),
      graph('Risky and risk-free requests', [metrics.riskByOperation(OperationRiskMetric.RISK), metrics.riskByOperation(OperationRiskMetric.NO_RISK)], 6),
    );
  }
  if (props.triggers.length > 0) {
    const period = METRIC_PERIOD;
    dashboard.addWidgets(
      graph('Trigger errors', props.triggers.map(({ name, fn }) => fn.metricErrors({ period, label: name, statistic: cloudwatch.Stats.SUM })), 8),
      graph('Trigger throttles', props.triggers.map(({ name, fn }) => fn.metricThrottles({ period, label: name, statistic: cloudwatch.Stats.SUM })), 8),
      new cloudwatch.GraphWidget({
        title: 'Trigger duration p99 (ms)',
        left: props.triggers.map(({ name, fn }) => fn.metricDuration({ period, label: name, statistic: cloudwatch.Stats.p(99) })),
        leftAnnotations: [{ value: COGNITO_TRIGGER_TIMEOUT_MS, label: 'Cognito stops waiting', color: cloudwatch.Color.RED }],
        width: 8,
      }),
    );
  }
  if (props.alarms.length > 0) {
    dashboard.addWidgets(new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: props.alarms, width: 24 }));
  }
  return dashboard;
}

function graph(title: string, left: cloudwatch.IMetric[], width: number, leftYAxis?: cloudwatch.YAxisProps): cloudwatch.GraphWidget {
  return new cloudwatch.GraphWidget({ title, left, width, leftYAxis });
}
