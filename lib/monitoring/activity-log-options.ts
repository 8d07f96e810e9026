import { RemovalPolicy } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';

/**
 * Where and what a user pool exports as user activity logs.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/exporting-quotas-and-usage.html
 */
export interface ActivityLogOptions {
  /**
   * Export error-level logs of message delivery (email and SMS to users). Any feature plan.
   *
   * @default true
   */
  readonly userNotification?: boolean;

  /**
   * Export info-level logs of threat-protection user activity (sign-in risk decisions). Needs
   * the PLUS feature plan.
   *
   * @default - true on the PLUS plan, false otherwise
   */
  readonly userAuthEvents?: boolean;

  /**
   * The log group that receives the logs. Cognito cannot deliver to a log group encrypted with
   * a KMS key, and the group must be in the pool's account.
   *
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cognito-logdeliveryconfiguration-cloudwatchlogsconfiguration.html
   * @default - a new log group under `/aws/vendedlogs/cognito/`
   */
  readonly logGroup?: logs.ILogGroup;

  /**
   * How long a new log group keeps events. Ignored when `logGroup` is given.
   *
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly retention?: logs.RetentionDays;

  /**
   * What happens to a new log group when it leaves the stack. Ignored when `logGroup` is given.
   *
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}
