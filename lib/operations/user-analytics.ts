import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { UserAnalyticsFunction } from './functions/user-analytics-function';
import { USER_ANALYTICS_SHAPE } from './input-shapes';
import { USER_ANALYTICS_DEFAULTS } from './lifecycle-defaults';
import { createScanJob, resolveScanJobOptions } from './private-scan-job';
import { LIFECYCLE_RULES } from './rules/lifecycle-rules';
import { UserAnalyticsProps } from './user-analytics-props';
import { tagResources } from '../private/resource-tags';
import { USER_ANALYTICS_DIMENSION, USER_ANALYTICS_ENV, USER_ANALYTICS_METRICS } from '../private/user-analytics-environment';
import { ViolationCollector } from '../private/validation/enforce-rules';
import { checkInputShape } from '../private/validation/input-shape';

/**
 * A scheduled report on every user of a pool: total, confirmed, unconfirmed (and every other
 * UserStatus), enabled, disabled, signed up in the last `recentDays`, confirmation rate, inactive
 * for `inactiveDays` (with a last-sign-in table) and the same per tenant (with `tenantAttribute`).
 * The figures go to S3 as `<reportPrefix><runId>/user-analytics.json` and to CloudWatch as metrics
 * in embedded metric format (`TotalUsers`, …, dimension `UserPoolId`). It reads the pool through
 * the shared partitioned scan, paced under the UserList quota, and never changes a user.
 */
export class UserAnalytics extends Construct {
  /** The bucket holding the reports. */
  public readonly bucket: s3.IBucket;
  /** The bucket receiving the report bucket's server access logs, when this construct created it. */
  public readonly accessLogsBucket?: s3.IBucket;
  /** The state machine of one run. */
  public readonly stateMachine: sfn.StateMachine;
  /** The worker that reads the pool. */
  public readonly workerFunction: lambda.IFunction;
  /** The schedule that starts each run. */
  public readonly schedule: scheduler.Schedule;
  /** The key encrypting the log groups. */
  public readonly logEncryptionKey: kms.IKey;
  /** The CloudWatch namespace of the metrics. */
  public readonly metricNamespace: string;
  /** The pool's id, the value of the metrics' `UserPoolId` dimension. */
  public readonly userPoolId: string;
  /** Whether inactivity is counted (a last-sign-in table was given). */
  public readonly tracksInactivity: boolean;

  constructor(scope: Construct, id: string, props: UserAnalyticsProps) {
    super(scope, id);
    const validation = new ViolationCollector();
    checkInputShape(validation, this.node.path, props, USER_ANALYTICS_SHAPE);
    validation.check(this.node.path, LIFECYCLE_RULES, { props, job: 'user analytics' });
    validation.finish(this);

    this.metricNamespace = props.metricNamespace ?? USER_ANALYTICS_DEFAULTS.metricNamespace;
    this.userPoolId = props.userPool.userPoolId;
    this.tracksInactivity = props.lastSignInTable !== undefined;
    const statements: iam.PolicyStatement[] = [];
    if (props.lastSignInTable) {
      // BatchGetItem for each page's users; PutItem and GetItem for the tracking-start marker only.
      statements.push(new iam.PolicyStatement({
        actions: ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:PutItem'], resources: [props.lastSignInTable.tableArn],
      }));
      if (props.lastSignInTable.encryptionKey) {
        statements.push(new iam.PolicyStatement({ actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'], resources: [props.lastSignInTable.encryptionKey.keyArn] }));
      }
    }
    const parts = createScanJob(this, {
      jobName: 'user analytics',
      functionClass: UserAnalyticsFunction,
      userPool: props.userPool,
      environment: {
        [USER_ANALYTICS_ENV.recentDays]: String(props.recentDays ?? USER_ANALYTICS_DEFAULTS.recentDays),
        [USER_ANALYTICS_ENV.inactiveDays]: String(props.inactiveDays ?? USER_ANALYTICS_DEFAULTS.inactiveDays),
        [USER_ANALYTICS_ENV.metricNamespace]: this.metricNamespace,
        ...(props.tenantAttribute && { [USER_ANALYTICS_ENV.tenantAttribute]: props.tenantAttribute }),
        ...(props.lastSignInTable && { [USER_ANALYTICS_ENV.signInTable]: props.lastSignInTable.tableName }),
      },
      statements,
      ...resolveScanJobOptions(props),
    });
    this.bucket = parts.bucket;
    this.accessLogsBucket = parts.accessLogsBucket;
    this.logEncryptionKey = parts.logEncryptionKey;
    this.workerFunction = parts.workerFunction;
    this.stateMachine = parts.stateMachine;
    this.schedule = parts.schedule;
    tagResources(this, props.tags);
  }

  /**
   * One of the published metrics (`TotalUsers`, `ConfirmedUsers`, `UnconfirmedUsers`, `EnabledUsers`,
   * `DisabledUsers`, `RecentSignUps`, `ConfirmationRate`, `InactiveUsers`, `Tenants`), its latest
   * value per day: a run publishes each once.
   */
  public metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return new cloudwatch.Metric({
      namespace: this.metricNamespace,
      metricName,
      dimensionsMap: { [USER_ANALYTICS_DIMENSION]: this.userPoolId },
      statistic: cloudwatch.Stats.MAXIMUM,
      period: Duration.days(1),
      ...props,
    });
  }

  /** The pool's total number of users at each run. */
  public metricTotalUsers(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric(USER_ANALYTICS_METRICS.total, props);
  }
}
