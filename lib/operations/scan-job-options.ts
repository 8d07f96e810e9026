import { Duration } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';

/**
 * Options every job over the whole user pool shares (UserAnalytics, InactiveUserPolicy): when it
 * runs, how fast it may read the pool, and where its reports go.
 */
export interface ScanJobOptions {
  /**
   * When the job runs (EventBridge Scheduler).
   * @default - every Sunday at 03:00 UTC
   */
  readonly schedule?: scheduler.ScheduleExpression;
  /**
   * Partitions of the pool read at once. Each partition's worker paces its calls so that all of
   * them together stay within `listRequestsPerSecond`.
   * @default 4
   */
  readonly maxConcurrency?: number;
  /**
   * ListUsers (and ListUsersInGroup) calls per second of the whole job. They count against
   * Cognito's UserList quota (30 per second per account and Region, not adjustable), which the
   * app's own user searches and admin consoles share.
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html
   * @default 10
   */
  readonly listRequestsPerSecond?: number;
  /**
   * The bucket for the reports (under `reportPrefix`); its key, if any, is granted to the job.
   * @default - a KMS-encrypted, versioned, access-logged bucket with its own key
   */
  readonly bucket?: s3.IBucket;
  /**
   * The folder of the reports, one sub-folder per run (`<reportPrefix><runId>/`).
   * @default 'reports/'
   */
  readonly reportPrefix?: string;
  /**
   * How long reports are kept (ignored when `bucket` is given).
   * @default Duration.days(400)
   */
  readonly reportRetention?: Duration;
  /**
   * Whether the created bucket logs every request (S3 server access logs).
   * @default true
   */
  readonly serverAccessLogs?: boolean;
  /**
   * The bucket receiving the server access logs.
   * @default - a bucket created for them
   */
  readonly accessLogsBucket?: s3.IBucket;
  /**
   * The key encrypting the worker's and the state machine's log groups.
   * @default - a rotating key created for them
   */
  readonly logEncryptionKey?: kms.IKey;
  /**
   * Tags applied to every resource the job creates.
   * @default - none
   */
  readonly tags?: { [key: string]: string };
}
