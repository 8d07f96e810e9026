import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { ActivityLogDelivery } from './activity-log-delivery';
import { AuthActivity } from './auth-activity';
import { createAuthAlarm } from './auth-alarm';
import { AuthAlarmOptions } from './auth-alarm-options';
import { createAuthDashboard } from './auth-dashboard';
import { AuthMonitoringProps } from './auth-monitoring-props';
import { CognitoPoolMetrics, label } from './cognito-metrics';
import {
  AlarmDefaults, DEFAULT_FEATURE_PLAN, METRIC_PERIOD, SIGN_IN_SUCCESS_RATE_ALARM, THROTTLE_ALARM, TRIGGER_DURATION_ALARM, TRIGGER_ERROR_ALARM,
  TRIGGER_THROTTLE_ALARM,
} from './defaults';
import { createEncryptedAlarmTopic } from './encrypted-alarm-topic';
import { AUTH_MONITORING_SHAPE } from './input-shapes';
import { MONITORING_RULES } from './rules';
import { userAnalyticsWidgets } from './user-analytics-widgets';
import { WatchedTrigger, watchedTriggers } from './watched-triggers';
import { UserAnalytics } from '../operations/user-analytics';
import { tagResources } from '../private/resource-tags';
import { ViolationCollector } from '../private/validation/enforce-rules';
import { checkInputShape } from '../private/validation/input-shape';

/**
 * A CloudWatch dashboard and alarms for an Amazon Cognito user pool: sign-up, sign-in, token
 * refresh and federation successes and throttles over all app clients, threat-protection risk on
 * the PLUS plan, and errors, throttles and p99 duration of every Lambda trigger. Every alarm
 * notifies one SNS topic. Optionally exports user activity logs to CloudWatch Logs.
 *
 * @exampleMetadata fixture=construct
 * @example
 * const users = new EnterpriseUserPool(this, 'Users');
 * new AuthMonitoring(this, 'AuthMonitoring', {
 *   enterpriseUserPool: users,
 *   alarmTopic: opsTopic,
 *   activityLogs: {},
 * });
 */
export class AuthMonitoring extends Construct {
  /** The monitored user pool. */
  public readonly userPool: cognito.IUserPool;
  /** The feature plan the monitoring was built for. */
  public readonly featurePlan: cognito.FeaturePlan;
  /** The dashboard. */
  public readonly dashboard: cloudwatch.Dashboard;
  /** The topic every alarm notifies. */
  public readonly alarmTopic: sns.ITopic;
  /** Every alarm created, in creation order. */
  public readonly alarms: cloudwatch.Alarm[] = [];
  /** Throttle alarms by activity (`SignUp`, `SignIn`, `TokenRefresh`, `Federation`), unless disabled. */
  public readonly throttleAlarms: { [activity: string]: cloudwatch.Alarm } = {};
  /** The sign-in success-rate alarm, unless disabled. */
  public readonly signInSuccessRateAlarm?: cloudwatch.Alarm;
  /** Error alarms by trigger name (`PreSignUp`, ... or the construct id of a given function). */
  public readonly triggerErrorAlarms: { [trigger: string]: cloudwatch.Alarm } = {};
  /** Throttle alarms by trigger name. */
  public readonly triggerThrottleAlarms: { [trigger: string]: cloudwatch.Alarm } = {};
  /** p99 duration alarms by trigger name. */
  public readonly triggerDurationAlarms: { [trigger: string]: cloudwatch.Alarm } = {};
  /** The log group receiving user activity logs, when `activityLogs` was given. */
  public readonly activityLogGroup?: logs.ILogGroup;
  /** The pool's log delivery configuration, when `activityLogs` was given. */
  public readonly logDeliveryConfiguration?: cognito.CfnLogDeliveryConfiguration;

  constructor(scope: Construct, id: string, props: AuthMonitoringProps) {
    super(scope, id);
    const featurePlan = props.featurePlan ?? props.enterpriseUserPool?.featurePlan ?? DEFAULT_FEATURE_PLAN;
    // A misspelt or snake_case key fails with the rules' errors instead of being dropped.
    const validation = new ViolationCollector();
    checkInputShape(validation, this.node.path, props, AUTH_MONITORING_SHAPE);
    validation.check(this.node.path, MONITORING_RULES, { props, featurePlan });
    validation.finish(this);
    this.featurePlan = featurePlan;
    this.userPool = (props.enterpriseUserPool?.userPool ?? props.userPool)!;
    this.alarmTopic = props.alarmTopic ?? createEncryptedAlarmTopic(this, 'AlarmTopic');

    const metrics = new CognitoPoolMetrics(this.userPool.userPoolId);
    for (const activity of [AuthActivity.SIGN_UP, AuthActivity.SIGN_IN, AuthActivity.TOKEN_REFRESH, AuthActivity.FEDERATION]) {
      const alarm = this.alarm(`${activity}ThrottlesAlarm`, metrics.throttles(activity), THROTTLE_ALARM, props.throttleAlarm,
        `${label(activity)} requests to ${this.userPool.node.path} are being throttled: a Cognito quota is reached`);
      if (alarm) {
        this.throttleAlarms[activity] = alarm;
      }
    }
    this.signInSuccessRateAlarm = this.alarm('SignInSuccessRateAlarm', metrics.successRate(AuthActivity.SIGN_IN),
      SIGN_IN_SUCCESS_RATE_ALARM, props.signInSuccessRateAlarm,
      `Few sign-in requests to ${this.userPool.node.path} end with tokens issued`);

    const triggers = watchedTriggers(props.enterpriseUserPool?.triggers, props.triggerFunctions ?? []);
    for (const trigger of triggers) {
      this.alarmOnTrigger(trigger, props);
    }

    if (props.activityLogs) {
      const delivery = new ActivityLogDelivery(this, 'ActivityLogs', { userPool: this.userPool, featurePlan, options: props.activityLogs });
      this.activityLogGroup = delivery.logGroup;
      this.logDeliveryConfiguration = delivery.configuration;
    }

    this.dashboard = createAuthDashboard(this, 'Dashboard', {
      dashboardName: props.dashboardName,
      metrics,
      threatProtection: featurePlan === cognito.FeaturePlan.PLUS,
      triggers,
      alarms: this.alarms,
    });
    tagResources(this, props.tags);
  }

  /**
   * Adds a row of user figures (total, confirmed, unconfirmed, enabled, disabled, recent sign-ups,
   * inactive, confirmation rate) published by a UserAnalytics job for this pool to the dashboard.
   */
  public addUserAnalytics(analytics: UserAnalytics): void {
    this.dashboard.addWidgets(...userAnalyticsWidgets(analytics));
  }

  private alarmOnTrigger({ name, fn }: WatchedTrigger, props: AuthMonitoringProps): void {
    const period = METRIC_PERIOD;
    const errors = this.alarm(`${name}ErrorsAlarm`, fn.metricErrors({ period, statistic: cloudwatch.Stats.SUM }),
      TRIGGER_ERROR_ALARM, props.triggerErrorAlarm, `The ${name} trigger fails: Cognito fails the user's request with it`);
    const throttles = this.alarm(`${name}ThrottlesAlarm`, fn.metricThrottles({ period, statistic: cloudwatch.Stats.SUM }),
      TRIGGER_THROTTLE_ALARM, props.triggerThrottleAlarm, `The ${name} trigger is throttled: Cognito fails the user's request without retrying`);
    const duration = this.alarm(`${name}DurationAlarm`, fn.metricDuration({ period, statistic: cloudwatch.Stats.p(99) }),
      TRIGGER_DURATION_ALARM, props.triggerDurationAlarm, `The ${name} trigger's p99 duration approaches the 5 seconds Cognito waits`);
    if (errors) {
      this.triggerErrorAlarms[name] = errors;
    }
    if (throttles) {
      this.triggerThrottleAlarms[name] = throttles;
    }
    if (duration) {
      this.triggerDurationAlarms[name] = duration;
    }
  }

  private alarm(id: string, metric: cloudwatch.IMetric, defaults: AlarmDefaults, options: AuthAlarmOptions | undefined,
    description: string): cloudwatch.Alarm | undefined {
    const alarm = createAuthAlarm(this, { id, metric, defaults, options, description, topic: this.alarmTopic });
    if (alarm) {
      this.alarms.push(alarm);
    }
    return alarm;
  }
}
