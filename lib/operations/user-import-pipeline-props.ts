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
   * @default - a KMS-encrypted, versioned, SSL-only bucket that is retained on stack deletion
   */
  readonly bucket?: s3.IBucket;

  /**
   * Bucket that receives S3 server access logs of the bucket the pipeline creates (ignored when
   * `bucket` is given).
   *
   * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerAccessLogs.html
   * @default - no server access logs; every read and write goes through the state machine, whose
   * executions are logged and traced
   */
  readonly accessLogsBucket?: s3.IBucket;

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
   * How many rows (or batches) are applied at the same time. Cognito's Admin API quotas are per
   * account and category, in the low tens of requests per second, and shared with every other
   * caller in the account.
   *
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html
   * @default 5
   */
  readonly maxConcurrency?: number;

  /**
   * Rows handed to one worker invocation. Larger batches cost fewer invocations; a throttled
   * batch is retried whole, which the idempotent outcomes make safe.
   *
   * @default 1 - each row is its own invocation
   */
  readonly maxRowsPerBatch?: number;

  /**
   * Attribute columns a row may set. A row with a value in any other column fails with a clear
   * message. Custom attributes are written with their `custom:` prefix.
   *
   * @default - the standard attributes an administrator can write (`email`, `given_name`,
   * `family_name`, `phone_number`, `email_verified`, ...), no custom attributes
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
   * the outcome `failed`.
   *
   * @default 5
   */
  readonly toleratedFailurePercentage?: number;

  /**
   * The key that encrypts the worker's and the state machine's log groups.
   *
   * @default - a new key with rotation enabled
   */
  readonly logEncryptionKey?: kms.IKey;
}
