import { Duration } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';

/** Properties of UserPoolBackup. */
export interface UserPoolBackupProps {
  /** The user pool to back up; the job only reads it (ListUsers, ListGroups, ListUsersInGroup). */
  readonly userPool: cognito.IUserPool;
  /**
   * When a backup runs (EventBridge Scheduler).
   * @default - every day at 02:00 UTC
   */
  readonly schedule?: scheduler.ScheduleExpression;
  /**
   * Partitions of the pool read at once. Each partition's worker paces its calls so that all of
   * them together stay within `listRequestsPerSecond`.
   * @default 4
   */
  readonly maxConcurrency?: number;
  /**
   * ListUsers, ListGroups and ListUsersInGroup calls per second of the whole job. ListUsers and
   * ListUsersInGroup count against Cognito's UserList quota (30 per second per account and Region,
   * not adjustable), which the app's own user searches and admin consoles share.
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html
   * @default 10
   */
  readonly listRequestsPerSecond?: number;
  /**
   * The bucket the backups go to (under `backupPrefix`); its key, if any, is granted to the job.
   * A bucket you bring is yours to encrypt, version, log and expire.
   * @default - a KMS-encrypted (own rotating key), versioned, SSL-only, access-logged bucket, retained
   * with its key on stack deletion, expiring runs after `retention`
   */
  readonly bucket?: s3.IBucket;
  /**
   * The folder of the backups, one sub-folder per run (`<backupPrefix><runId>/`). The restore
   * path (UserImportPipeline's `backupPrefix`) reads the same folder by default.
   * @default 'backups/'
   */
  readonly backupPrefix?: string;
  /**
   * How long each run is kept, in whole days (ignored when `bucket` is given). Expired objects
   * stay another 30 days as noncurrent versions of the versioned bucket.
   * @default Duration.days(35)
   */
  readonly retention?: Duration;
  /**
   * Whether the created bucket logs every request (S3 server access logs); the backups name
   * every user.
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
   * Tags applied to every resource the backup creates.
   * @default - only `ManagedBy: cdk-cognito-enterprise`
   */
  readonly tags?: { [key: string]: string };
}
