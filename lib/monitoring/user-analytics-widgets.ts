import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { UserAnalytics } from '../operations/user-analytics';
import { USER_ANALYTICS_METRICS } from '../private/user-analytics-environment';

/**
 * The dashboard row of a UserAnalytics job: the latest figures, and the pool's size and new
 * sign-ups over three months (each run publishes one value per metric, weekly by default).
 */
export function userAnalyticsWidgets(analytics: UserAnalytics): cloudwatch.IWidget[] {
  const latest = (name: string) => analytics.metric(name, { label: name, period: Duration.days(7) });
  const figures = [USER_ANALYTICS_METRICS.total, USER_ANALYTICS_METRICS.confirmed, USER_ANALYTICS_METRICS.unconfirmed,
    USER_ANALYTICS_METRICS.enabled, USER_ANALYTICS_METRICS.disabled, USER_ANALYTICS_METRICS.recentSignUps,
    ...(analytics.tracksInactivity ? [USER_ANALYTICS_METRICS.inactive] : [])];
  return [
    new cloudwatch.SingleValueWidget({ title: 'Users (latest analytics run)', metrics: figures.map(latest), width: 24, setPeriodToTimeRange: false }),
    new cloudwatch.GraphWidget({
      title: 'Users over time', width: 12, start: '-P90D', left: [latest(USER_ANALYTICS_METRICS.total)], right: [latest(USER_ANALYTICS_METRICS.recentSignUps)],
    }),
    new cloudwatch.GraphWidget({
      title: 'Confirmation rate (%)', width: 12, start: '-P90D', left: [latest(USER_ANALYTICS_METRICS.confirmationRate)], leftYAxis: { min: 0, max: 100 },
    }),
  ];
}
