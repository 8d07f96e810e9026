import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { STEPFUNCTIONS_USE_DISTRIBUTED_MAP_RESULT_WRITER_V2 } from 'aws-cdk-lib/cx-api';
import { Construct } from 'constructs';
import { USER_IMPORT_DEFAULTS } from './defaults';
import { USER_IMPORT_PIPELINE_SHAPE } from './input-shapes';
import { createImportBucket } from './private-import-bucket';
import { ImportStateMachine } from './private-import-state-machine';
import { createImportWorker } from './private-import-worker';
import { callIntervalMs } from './private-worker-pacing';
import { USER_IMPORT_RULES } from './rules';
import { UserImportPipelineProps } from './user-import-pipeline-props';
import { createLogsEncryptionKey } from '../private/logs-encryption-key';
import { tagResources } from '../private/resource-tags';
import { ViolationCollector } from '../private/validation/enforce-rules';
import { checkInputShape } from '../private/validation/input-shape';

/**
 * Bulk user operations from CSV files in S3: a Step Functions Distributed Map reads a file and
 * applies each row (create, enable, disable, delete, reset-password, update-attributes) through a
 * bundled worker, with bounded concurrency, a paced request rate, backoff with jitter on
 * throttling, an idempotent outcome per row, and a per-row report written back to S3.
 *
 * Start a run with the execution input `{"key": "imports/users.csv"}`, or restore a backup run of
 * `UserPoolBackup` with `{"restore": "backups/<runId>/"}`: users come back with their attributes,
 * enabled flag and groups, set a new password at first sign-in, and the report maps each old
 * `sub` to the new one.
 */
export class UserImportPipeline extends Construct {
  /** The bucket holding the CSV files (under the input prefix) and the reports (under the report prefix). */
  public readonly bucket: s3.IBucket;
  /** The bucket receiving the import bucket's S3 server access logs, unless `serverAccessLogs` is false or `bucket` was given. */
  public readonly accessLogsBucket?: s3.IBucket;
  /** The state machine that runs one import per execution. */
  public readonly stateMachine: sfn.StateMachine;
  /** The worker that applies rows to the user pool. */
  public readonly workerFunction: lambda.IFunction;
  /** The key that encrypts the worker's and the state machine's log groups. */
  public readonly logEncryptionKey: kms.IKey;

  constructor(scope: Construct, id: string, props: UserImportPipelineProps) {
    super(scope, id);
    // A misspelt or snake_case key fails with the rules' errors instead of being dropped.
    const validation = new ViolationCollector();
    checkInputShape(validation, this.node.path, props, USER_IMPORT_PIPELINE_SHAPE);
    validation.check(this.node.path, USER_IMPORT_RULES, { props });
    validation.finish(this);
    // The per-row report needs the result writer with its output settings, whatever the app's feature flags say.
    this.node.setContext(STEPFUNCTIONS_USE_DISTRIBUTED_MAP_RESULT_WRITER_V2, true);
    const poolPath = props.userPool.node.path;

    const inputPrefix = props.inputPrefix ?? USER_IMPORT_DEFAULTS.inputPrefix;
    const reportPrefix = props.reportPrefix ?? USER_IMPORT_DEFAULTS.reportPrefix;
    const maxConcurrency = props.maxConcurrency ?? USER_IMPORT_DEFAULTS.maxConcurrency;
    const maxRowsPerBatch = props.maxRowsPerBatch ?? USER_IMPORT_DEFAULTS.maxRowsPerBatch;
    const planPrefix = `${reportPrefix}${USER_IMPORT_DEFAULTS.planFolder}`;
    const backupPrefix = props.backupPrefix ?? USER_IMPORT_DEFAULTS.backupPrefix;

    const buckets = props.bucket ? { bucket: props.bucket, accessLogsBucket: undefined } : createImportBucket(this, {
      poolPath,
      serverAccessLogs: props.serverAccessLogs ?? USER_IMPORT_DEFAULTS.serverAccessLogs,
      accessLogsBucket: props.accessLogsBucket,
      accessLogRetention: props.accessLogRetention ?? USER_IMPORT_DEFAULTS.accessLogRetention,
      inputPrefix,
      reportPrefix,
      inputRetention: props.inputRetention ?? USER_IMPORT_DEFAULTS.inputRetention,
      reportRetention: props.reportRetention ?? USER_IMPORT_DEFAULTS.reportRetention,
    });
    this.bucket = buckets.bucket;
    this.accessLogsBucket = buckets.accessLogsBucket;
    this.logEncryptionKey = props.logEncryptionKey
      ?? createLogsEncryptionKey(this, 'LogEncryptionKey', `Encrypts the user-import log groups of ${poolPath}`);
    this.workerFunction = createImportWorker(this, 'Worker', {
      userPool: props.userPool,
      allowedAttributes: props.allowedAttributes ?? USER_IMPORT_DEFAULTS.allowedAttributes,
      sendInvitations: props.sendInvitations ?? USER_IMPORT_DEFAULTS.sendInvitations,
      callIntervalMs: callIntervalMs(maxConcurrency, props.maxRequestsPerSecond ?? USER_IMPORT_DEFAULTS.maxRequestsPerSecond),
      maxRowsPerBatch,
      bucket: this.bucket,
      inputPrefix,
      planPrefix,
      logEncryptionKey: this.logEncryptionKey,
      backupBucket: props.backupBucket ?? this.bucket,
      backupPrefix,
      previousSubAttribute: props.previousSubAttribute,
    });
    this.stateMachine = new ImportStateMachine(this, 'StateMachine', {
      bucket: this.bucket,
      worker: this.workerFunction,
      inputPrefix,
      reportPrefix,
      planPrefix,
      maxConcurrency,
      maxRowsPerBatch,
      toleratedFailurePercentage: props.toleratedFailurePercentage ?? USER_IMPORT_DEFAULTS.toleratedFailurePercentage,
      logEncryptionKey: this.logEncryptionKey,
      backupBucket: props.backupBucket ?? this.bucket,
      backupPrefix,
    }).stateMachine;
    tagResources(this, props.tags);
  }
}
