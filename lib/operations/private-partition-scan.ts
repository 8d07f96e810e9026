import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { STEPFUNCTIONS_USE_DISTRIBUTED_MAP_RESULT_WRITER_V2 } from 'aws-cdk-lib/cx-api';
import { Construct } from 'constructs';
import { LIFECYCLE_DEFAULTS } from './lifecycle-defaults';
import { createMapStateMachine, observabilityStatements } from './private-map-state-machine';
import { SCAN_ERRORS, SCAN_PARTITIONS } from '../private/scan-environment';

/** The resolved settings of one job's partitioned scan. */
export interface PartitionScanProps {
  /** What the job is, for descriptions: `user-analytics`, `inactive-user policy`, `user-pool backup`. */
  readonly jobName: string;
  /** The job's worker: answers prepare, scan-step and aggregate requests (lambda/shared/scan-job.ts). */
  readonly worker: lambda.IFunction;
  /** Where Step Functions writes the map results for the aggregate step to read. */
  readonly bucket: s3.IBucket;
  readonly resultPrefix: string;
  /** Partitions scanned at once; each worker paces its own calls to its share of the job's rate. */
  readonly maxConcurrency: number;
  readonly logEncryptionKey: kms.IKey;
}

/**
 * Errors after which a scan step is tried again: Cognito's throttling and transient failures (the
 * worker throws them only when it read no page, so a retry repeats nothing) and Lambda's own.
 */
export const SCAN_RETRIED_ERRORS = [
  SCAN_ERRORS.throttled, SCAN_ERRORS.transient, SCAN_ERRORS.storeUnavailable,
  'Lambda.TooManyRequestsException', 'Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException',
  'Lambda.ClientExecutionTimeoutException', 'States.Timeout',
];

/**
 * The state machine every scan job runs: Prepare (the job's worker, once) → a Distributed Map over
 * the 256 `sub` prefixes whose item processor invokes the worker in a loop until the partition is
 * done → Aggregate (the worker again, with the map results Step Functions wrote to S3).
 *
 * Child executions are STANDARD: a partition of a 10-million-user pool takes a few minutes of paced
 * calls, more than an Express execution's 5, and a standard map run can be redriven from the step
 * that failed, with the pagination token it carried — so a run resumes where it stopped.
 */
export class PartitionScan extends Construct {
  public readonly stateMachine: sfn.StateMachine;

  constructor(scope: Construct, id: string, props: PartitionScanProps) {
    super(scope, id);
    this.node.setContext(STEPFUNCTIONS_USE_DISTRIBUTED_MAP_RESULT_WRITER_V2, true);
    const resultObjects = props.bucket.arnForObjects(`${props.resultPrefix}*`);
    const runStatements = [
      new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [props.worker.functionArn] }),
      new iam.PolicyStatement({
        actions: ['s3:PutObject', 's3:GetObject', 's3:ListMultipartUploadParts', 's3:AbortMultipartUpload'], resources: [resultObjects],
      }),
      ...observabilityStatements(),
    ];
    if (props.bucket.encryptionKey) {
      runStatements.push(new iam.PolicyStatement({ actions: ['kms:Decrypt', 'kms:GenerateDataKey'], resources: [props.bucket.encryptionKey.keyArn] }));
    }
    this.stateMachine = createMapStateMachine(this, {
      jobName: props.jobName,
      definition: () => this.definition(props),
      runPolicyPurpose: 'invoke its worker, write its map results and log',
      runStatements,
      runWildcardReason: `The wildcards are as narrow as the services allow: objects under ${props.resultPrefix} `
        + '(Step Functions names a folder per map run), and the CloudWatch Logs delivery and X-Ray actions, which take no resource ARN.',
      logRetention: LIFECYCLE_DEFAULTS.logRetention,
      logEncryptionKey: props.logEncryptionKey,
    });
  }

  private definition(props: PartitionScanProps): sfn.IChainable {
    const retry = { errors: SCAN_RETRIED_ERRORS, jitterStrategy: sfn.JitterType.FULL, ...LIFECYCLE_DEFAULTS.retry };
    const invoke = (id: string, payload?: sfn.TaskInput, resultPath?: string) => {
      const task = new tasks.LambdaInvoke(this, id, {
        lambdaFunction: props.worker, payload, payloadResponseOnly: true, retryOnServiceExceptions: false, resultPath,
      });
      task.addRetry(retry);
      return task;
    };
    const prepare = invoke('Prepare', sfn.TaskInput.fromObject({ prepare: { startedAt: sfn.JsonPath.stringAt('$$.Execution.StartTime') } }), '$.run');
    const partitions = new sfn.Pass(this, 'Partitions', { result: sfn.Result.fromArray([...SCAN_PARTITIONS]), resultPath: '$.partitions' });
    // The worker returns the next step; the loop ends when it says the partition is done.
    const scanStep = invoke('ScanStep');
    const partitionLoop = scanStep.next(new sfn.Choice(this, 'PartitionDone')
      .when(sfn.Condition.booleanEquals('$.done', true), new sfn.Succeed(this, 'PartitionScanned'))
      .otherwise(scanStep));
    const scan = new sfn.DistributedMap(this, 'ScanPartitions', {
      itemsPath: '$.partitions',
      itemSelector: { partition: sfn.JsonPath.stringAt('$$.Map.Item.Value'), context: sfn.JsonPath.objectAt('$.run') },
      resultWriterV2: new sfn.ResultWriterV2({ bucket: props.bucket, prefix: props.resultPrefix }),
      resultPath: '$.results',
      maxConcurrency: props.maxConcurrency,
      // A figure from part of the pool would be wrong: any failed partition fails the run (redrive resumes it).
      toleratedFailurePercentage: 0,
      mapExecutionType: sfn.StateMachineType.STANDARD,
    }).itemProcessor(partitionLoop);
    const aggregate = invoke('Aggregate', sfn.TaskInput.fromObject({
      aggregate: { results: sfn.JsonPath.objectAt('$.results.ResultWriterDetails'), context: sfn.JsonPath.objectAt('$.run') },
    }));
    return prepare.next(partitions).next(scan).next(aggregate);
  }
}

