import { Duration } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';

/**
 * Properties of UserImportPipeline.
 */
export interface UserImportPipelineProps {
  /**
   * The user pool the import applies rows to; the worker may call the Admin APIs of this pool only.
   * For an `EnterpriseUserPool`, pass its `userPool`.
   */
  readonly userPool: cognito.IUserPool;

  /**
   * The bucket holding the CSV files and the reports. When you bring your own, the state machine
   * is granted access to the two prefixes only; grant the bucket's KMS key yourself if it has one
   * that is not `bucket.encryptionKey`.
   *
   * @default - a KMS-encrypted, versioned, SSL-only bucket that is retained on stack deletion and
   * expires its files after `inputRetention` and `reportRetention`
   */
  readonly bucket?: s3.IBucket;

  /**
   * Whether every request to the bucket the pipeline creates — operators' uploads and report
   * downloads as well as the state machine's reads and writes — is recorded in S3 server access
   * logs. The files name users, so the default keeps this audit trail. With `false`, the
   * AwsSolutions, HIPAA, NIST and PCI packs report the bucket's missing logging for you to
   * acknowledge with your own reason (CloudTrail data events, for example). Ignored when `bucket`
   * is given.
   *
   * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerAccessLogs.html
   * @default true
   */
  readonly serverAccessLogs?: boolean;

  /**
   * Bucket that receives the S3 server access logs of the bucket the pipeline creates, under
   * `user-import/`. Ignored when `bucket` is given, and not allowed with `serverAccessLogs: false`.
   * Its bucket policy must let `logging.s3.amazonaws.com` write, and its default encryption, if
   * any, must be SSE-S3.
   *
   * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html
   * @default - a dedicated log bucket: SSE-S3 (the only default encryption S3 delivers access logs
   * to), SSL only, no public access, ACLs disabled, versioned, retained on stack deletion, and
   * expiring logs after `accessLogRetention`
   */
  readonly accessLogsBucket?: s3.IBucket;

  /**
   * How long the access logs in the log bucket the pipeline creates are kept, in whole days.
   * Applies only to that bucket; a bucket you pass as `accessLogsBucket` is yours to manage.
   *
   * @default Duration.days(365)
   */
  readonly accessLogRetention?: Duration;

  /**
   * Key prefix of the CSV files an execution may read; an execution's `key` must start with it.
   *
   * @default 'imports/'
   */
  readonly inputPrefix?: string;

  /**
   * Key prefix the per-row reports are written under (one folder per map run).
   *
   * @default 'reports/'
   */
  readonly reportPrefix?: string;

  /**
   * How many rows (or batches) are applied at the same time (1–50). Each is a worker invocation
   * drawn from the account's unreserved Lambda concurrency, which the pool's triggers share; a
   * throttled trigger invocation fails the user's sign-in, because Cognito does not retry it.
   * The request rate is set by `maxRequestsPerSecond`, not by this.
   *
   * @see https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html
   * @default 5
   */
  readonly maxConcurrency?: number;

  /**
   * Cognito calls per second the whole import may make (1–50); each of the `maxConcurrency`
   * workers paces its calls at `maxRequestsPerSecond / maxConcurrency`. `AdminCreateUser`
   * counts against the account's UserCreation quota (50 per second by default) together with
   * real `SignUp` and `ConfirmSignUp` traffic, and appears in the SignUp metrics as client
   * `Admin`: an import at the full quota shows up as throttled sign-ups.
   *
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html
   * @default 10
   */
  readonly maxRequestsPerSecond?: number;

  /**
   * Rows handed to one worker invocation. Larger batches cost fewer invocations. All rows of one
   * user always share a batch, in file order (a user with more rows gets a batch of their own). A
   * paced batch must fit in the worker's 50-second timeout (rule `CE-IMPORT-WORKER-TIME`); rows
   * the worker could not apply in time because Cognito kept throttling are reported `throttled`.
   *
   * @default 1 - each user's rows are their own invocation
   */
  readonly maxRowsPerBatch?: number;

  /**
   * Attribute columns a row may set. A row with a value in any other column fails with a clear
   * message. Custom attributes are written with their `custom:` prefix. List `email_verified` or
   * `phone_number_verified` only when the file is trusted: with them, an `update-attributes`
   * row can point any user's email or phone at a new address and mark it verified, and a
   * password reset then goes to that address.
   *
   * @default - the standard attributes an administrator can write (`email`, `given_name`,
   * `family_name`, `phone_number`, ...) except `email_verified` and `phone_number_verified`;
   * no custom attributes
   */
  readonly allowedAttributes?: string[];

  /**
   * Whether created users receive Cognito's invitation message (by email and/or SMS, to the
   * addresses their row gives). When false, invitations are suppressed.
   *
   * @default false
   */
  readonly sendInvitations?: boolean;

  /**
   * Percentage of rows (or batches) whose worker invocation may fail — after its retries — before
   * the whole run fails. Rows that Cognito rejects are not failures here: they are reported with
   * the outcome `failed`. A file without an `action` or `username` column fails every invocation
   * with `ImportFileMalformed`, so the run fails unless this is 100.
   *
   * @default 5
   */
  readonly toleratedFailurePercentage?: number;

  /**
   * How long CSV files under `inputPrefix` are kept, in whole days, before the bucket's lifecycle
   * expires them (they name users). Applies to the bucket the pipeline creates; a bucket you
   * bring is yours to manage.
   *
   * @default Duration.days(30)
   */
  readonly inputRetention?: Duration;

  /**
   * How long reports under `reportPrefix` are kept, in whole days, before the bucket's lifecycle
   * expires them (they name users). Applies to the bucket the pipeline creates; a bucket you
   * bring is yours to manage.
   *
   * @default Duration.days(90)
   */
  readonly reportRetention?: Duration;

  /**
   * The bucket a restore reads backup runs from (the `bucket` of a `UserPoolBackup`). The state
   * machine and the worker may read objects under `backupPrefix` only, and decrypt with the
   * bucket's `encryptionKey`. Start a restore with the execution input
   * `{"restore": "<backupPrefix><runId>/"}`.
   *
   * @default - the pipeline's own bucket: copy a backup run under `backupPrefix` to restore it
   */
  readonly backupBucket?: s3.IBucket;

  /**
   * Key prefix of the backup runs a restore may read; an execution's `restore` must start with it.
   *
   * @default 'backups/'
   */
  readonly backupPrefix?: string;

  /**
   * A custom attribute (`custom:<name>`) in which a restore keeps each user's `sub` from the
   * backed-up pool, since a new pool gives every user a new `sub`. The pool must declare it as a
   * String attribute of at least 36 characters; when the pool is defined in this app its schema is
   * checked at synth (rule `CE-RESTORE-PREVIOUS-SUB`). Every restore also reports the old and new
   * `sub` of each user in its report.
   *
   * @default - the old `sub` is only reported, not kept on the user
   */
  readonly previousSubAttribute?: string;

  /**
   * The key that encrypts the worker's and the state machine's log groups.
   *
   * @default - a new key with rotation enabled
   */
  readonly logEncryptionKey?: kms.IKey;

  /**
   * Tags applied to every resource this construct creates (buckets, keys, worker, state machine,
   * log groups, roles), in addition to `ManagedBy: cdk-cognito-enterprise` (a `ManagedBy` given
   * here replaces its value).
   *
   * @default - only `ManagedBy: cdk-cognito-enterprise`
   */
  readonly tags?: { [key: string]: string };
}
