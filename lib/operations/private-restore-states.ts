import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { reportWriter } from './private-import-s3-access';

/** What the restore branch of the import state machine needs. */
export interface RestoreStatesProps {
  readonly bucket: s3.IBucket;
  readonly backupBucket: s3.IBucket;
  readonly worker: lambda.IFunction;
  readonly reportPrefix: string;
  readonly planPrefix: string;
  readonly maxConcurrency: number;
  readonly maxRowsPerBatch: number;
  readonly toleratedFailurePercentage: number;
  readonly retry: sfn.RetryProps;
}

// Step Functions passes at most 256 KiB to a child execution; the rest is left for the envelope.
const MAX_BATCH_BYTES = 250 * 1024;

/**
 * Restores the backup run named by `$.restore`: the worker plans it (checks the manifest, creates
 * missing groups, lists the files), then every user file and after it every membership file is
 * read by a Distributed Map whose batches the worker applies. Files are taken one at a time, each
 * with `maxConcurrency` batches at once, so the run never exceeds the pace the import is set to;
 * memberships start only when every user has been restored.
 */
export function restoreStates(scope: Construct, props: RestoreStatesProps): sfn.IChainable {
  const plan = new tasks.LambdaInvoke(scope, 'PlanRestore', {
    lambdaFunction: props.worker,
    payload: sfn.TaskInput.fromObject({
      restorePlan: {
        bucket: props.backupBucket.bucketName,
        run: sfn.JsonPath.stringAt('$.restore'),
        planBucket: props.bucket.bucketName,
        planKey: sfn.JsonPath.format(`${props.planPrefix}{}`, sfn.JsonPath.executionName),
      },
    }),
    payloadResponseOnly: true,
    retryOnServiceExceptions: false,
    resultPath: '$.plan',
  });
  plan.addRetry(props.retry);
  return plan
    .next(filesMap(scope, 'Users', 'users', '$.plan.userFilesKey', props))
    .next(filesMap(scope, 'Memberships', 'memberships', '$.plan.membershipFilesKey', props));
}

/** One file at a time (a standard child execution), each read line by line by an inner map of express batches. */
function filesMap(scope: Construct, name: string, kind: string, listKey: string, props: RestoreStatesProps): sfn.DistributedMap {
  const apply = new tasks.LambdaInvoke(scope, `Restore${name}Batch`, {
    lambdaFunction: props.worker, payloadResponseOnly: true, retryOnServiceExceptions: false,
  });
  apply.addRetry(props.retry);
  const file = new sfn.DistributedMap(scope, `Restore${name}File`, {
    itemReader: new sfn.S3JsonLItemReader({ bucket: props.backupBucket, key: sfn.JsonPath.stringAt('$.key') }),
    itemBatcher: new sfn.ItemBatcher({
      maxItemsPerBatch: props.maxRowsPerBatch, maxInputBytesPerBatch: MAX_BATCH_BYTES, batchInput: { restore: kind },
    }),
    // The report lines of the users are the old-to-new sub mapping.
    resultWriterV2: reportWriter(props.bucket, props.reportPrefix),
    maxConcurrency: props.maxConcurrency,
    toleratedFailurePercentage: props.toleratedFailurePercentage,
    mapExecutionType: sfn.StateMachineType.EXPRESS,
  }).itemProcessor(apply);
  return new sfn.DistributedMap(scope, `Restore${name}`, {
    itemReader: new sfn.S3JsonItemReader({ bucket: props.bucket, key: sfn.JsonPath.stringAt(listKey) }),
    maxConcurrency: 1,
    // A file of a 10-million-user pool takes longer than the 5 minutes of an express execution.
    mapExecutionType: sfn.StateMachineType.STANDARD,
    resultPath: sfn.JsonPath.DISCARD,
  }).itemProcessor(file);
}
