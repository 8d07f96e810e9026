import { Arn, ArnFormat, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { STEPFUNCTIONS_USE_DISTRIBUTED_MAP_RESULT_WRITER_V2 } from 'aws-cdk-lib/cx-api';
import { Construct } from 'constructs';
import { LIFECYCLE_DEFAULTS } from './lifecycle-defaults';
import { acknowledgeWildcardResources } from './private-acknowledge-wildcards';
import { recreatableLogGroupName } from '../private/recreatable-log-group-name';
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
    const stack = Stack.of(this);
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('states.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': stack.account } } }),
      description: `Execution role of the ${props.jobName} state machine ${this.node.path}`,
    });
    const logGroup = new logs.LogGroup(this, 'Logs', {
      logGroupName: recreatableLogGroupName(this, '/aws/vendedlogs/states/'),
      retention: LIFECYCLE_DEFAULTS.logRetention,
      encryptionKey: props.logEncryptionKey,
    });
    const resultObjects = props.bucket.arnForObjects(`${props.resultPrefix}*`);
    const runStatements = [
      new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [props.worker.functionArn] }),
      new iam.PolicyStatement({
        actions: ['s3:PutObject', 's3:GetObject', 's3:ListMultipartUploadParts', 's3:AbortMultipartUpload'], resources: [resultObjects],
      }),
      new iam.PolicyStatement({ actions: LOG_DELIVERY_ACTIONS, resources: ['*'] }),
      new iam.PolicyStatement({ actions: XRAY_ACTIONS, resources: ['*'] }),
    ];
    if (props.bucket.encryptionKey) {
      runStatements.push(new iam.PolicyStatement({ actions: ['kms:Decrypt', 'kms:GenerateDataKey'], resources: [props.bucket.encryptionKey.keyArn] }));
    }
    const runPolicy = new iam.ManagedPolicy(this, 'RunPolicy', {
      description: `Lets the ${props.jobName} state machine ${this.node.path} invoke its worker, write its map results and log`,
      roles: [role],
      statements: runStatements,
    });
    this.stateMachine = new sfn.StateMachine(this, 'Resource', {
      definitionBody: sfn.DefinitionBody.fromChainable(this.definition(props)),
      role: role.withoutPolicyUpdates(),
      tracingEnabled: true,
      // Execution data would carry per-partition results into the logs: log events only.
      logs: { destination: logGroup, level: sfn.LogLevel.ALL, includeExecutionData: false },
    });
    this.stateMachine.node.addDependency(runPolicy);
    this.stateMachine.node.tryRemoveChild('DistributedMapPolicy');
    const executions = (suffix: string) => Arn.format({
      service: 'states', resource: 'execution', resourceName: `${this.stateMachine.stateMachineName}${suffix}`, arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    }, stack);
    const childExecutionPolicy = new iam.ManagedPolicy(this, 'ChildExecutionPolicy', {
      description: `Lets the ${props.jobName} state machine ${this.node.path} run, watch and redrive its own map-run executions`,
      roles: [role],
      statements: [
        new iam.PolicyStatement({ actions: ['states:StartExecution'], resources: [this.stateMachine.stateMachineArn] }),
        new iam.PolicyStatement({ actions: ['states:DescribeExecution', 'states:StopExecution'], resources: [executions(':*')] }),
        new iam.PolicyStatement({ actions: ['states:RedriveExecution'], resources: [executions('/*:*')] }),
      ],
    });
    acknowledgeWildcardResources(runPolicy, `The wildcards are as narrow as the services allow: objects under ${props.resultPrefix} `
      + '(Step Functions names a folder per map run), and the CloudWatch Logs delivery and X-Ray actions, which take no resource ARN.');
    acknowledgeWildcardResources(childExecutionPolicy,
      "The wildcards name only this state machine's own executions and map runs, whose names Step Functions chooses at run time.");
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

// What Step Functions needs to deliver logs; these CloudWatch Logs APIs take no resource ARN.
const LOG_DELIVERY_ACTIONS = [
  'logs:CreateLogDelivery', 'logs:GetLogDelivery', 'logs:UpdateLogDelivery', 'logs:DeleteLogDelivery', 'logs:ListLogDeliveries',
  'logs:PutResourcePolicy', 'logs:DescribeResourcePolicies', 'logs:DescribeLogGroups',
];
// What X-Ray tracing needs; these APIs take no resource ARN.
const XRAY_ACTIONS = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets'];
