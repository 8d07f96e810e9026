import { Arn, ArnFormat, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { USER_IMPORT_DEFAULTS } from './defaults';
import { acknowledgeWildcardResources } from './private-acknowledge-wildcards';
import { backupReadStatements, planReader, prefixScopedS3Statements, reportWriter } from './private-import-s3-access';
import { restoreStates } from './private-restore-states';
import { USER_IMPORT_ERRORS } from '../private/operations-environment';
import { recreatableLogGroupName } from '../private/recreatable-log-group-name';

/** The resolved settings of the import state machine. */
export interface ImportStateMachineProps {
  readonly bucket: s3.IBucket;
  readonly worker: lambda.IFunction;
  readonly inputPrefix: string;
  readonly reportPrefix: string;
  readonly planPrefix: string;
  readonly maxConcurrency: number;
  readonly maxRowsPerBatch: number;
  readonly toleratedFailurePercentage: number;
  readonly logEncryptionKey: kms.IKey;
  /** Where backup runs are restored from. */
  readonly backupBucket: s3.IBucket;
  readonly backupPrefix: string;
}

/**
 * Errors after which a row (or batch) is tried again: Cognito's throttling and transient failures
 * (from the worker) and Lambda's own. One Retry covers them all, so that the attempts of a child
 * execution stay within its 5 minutes whatever the mix. `ImportFileMalformed` is not among them.
 */
export const RETRIED_ERRORS = [
  USER_IMPORT_ERRORS.throttled, USER_IMPORT_ERRORS.transient,
  'Lambda.TooManyRequestsException', 'Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException',
  'Lambda.ClientExecutionTimeoutException',
];

/**
 * The Distributed Map that reads one CSV file and applies its rows through the worker, with a
 * role whose customer-managed policies name the worker, the two bucket prefixes and the state
 * machine's own child executions.
 */
export class ImportStateMachine extends Construct {
  public readonly stateMachine: sfn.StateMachine;

  constructor(scope: Construct, id: string, props: ImportStateMachineProps) {
    super(scope, id);
    const stack = Stack.of(this);
    // Statements aws-cdk-lib would add are dropped: the policies below name every resource exactly.
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('states.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': stack.account } } }),
      description: `Execution role of the user-import state machine ${this.node.path}`,
    });
    const logGroup = new logs.LogGroup(this, 'Logs', {
      // The vended-logs path keeps the account's CloudWatch Logs resource policy from growing with every state machine.
      logGroupName: recreatableLogGroupName(this, '/aws/vendedlogs/states/'),
      retention: USER_IMPORT_DEFAULTS.logRetention,
      encryptionKey: props.logEncryptionKey,
    });
    const runPolicy = new iam.ManagedPolicy(this, 'RunPolicy', {
      description: `Lets the user-import state machine ${this.node.path} read its CSV files, write its reports, invoke its worker and log`,
      roles: [role],
      statements: [
        new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [props.worker.functionArn] }),
        ...prefixScopedS3Statements(props.bucket, props.inputPrefix, props.reportPrefix),
        ...backupReadStatements(props.backupBucket, props.backupPrefix),
        new iam.PolicyStatement({ actions: LOG_DELIVERY_ACTIONS, resources: ['*'] }),
        new iam.PolicyStatement({ actions: XRAY_ACTIONS, resources: ['*'] }),
      ],
    });
    this.stateMachine = new sfn.StateMachine(this, 'Resource', {
      definitionBody: sfn.DefinitionBody.fromChainable(this.definition(props)),
      role: role.withoutPolicyUpdates(),
      tracingEnabled: true,
      // Execution data would carry the rows (names, email addresses) into the logs: log events only.
      logs: { destination: logGroup, level: sfn.LogLevel.ALL, includeExecutionData: false },
    });
    // The service checks the log delivery permissions when it creates the state machine.
    this.stateMachine.node.addDependency(runPolicy);
    // aws-cdk-lib adds an inline policy for child executions that an immutable role never receives;
    // ChildExecutionPolicy below replaces it, so drop it rather than leave it unattached in the tree.
    this.stateMachine.node.tryRemoveChild('DistributedMapPolicy');
    const executions = (suffix: string) => Arn.format({
      service: 'states', resource: 'execution', resourceName: `${this.stateMachine.stateMachineName}${suffix}`, arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    }, stack);
    const childExecutionPolicy = new iam.ManagedPolicy(this, 'ChildExecutionPolicy', {
      description: `Lets the user-import state machine ${this.node.path} run, watch and redrive its own map-run executions`,
      roles: [role],
      statements: [
        new iam.PolicyStatement({ actions: ['states:StartExecution'], resources: [this.stateMachine.stateMachineArn] }),
        new iam.PolicyStatement({ actions: ['states:DescribeExecution', 'states:StopExecution'], resources: [executions(':*')] }),
        new iam.PolicyStatement({ actions: ['states:RedriveExecution'], resources: [executions('/*:*')] }),
      ],
    });
    acknowledgeWildcardResources(runPolicy, `The wildcards are as narrow as the services allow: objects under ${props.inputPrefix} (the file is `
      + `chosen per execution), ${props.backupPrefix} (the backup run is chosen per execution) and ${props.reportPrefix} (Step Functions names `
      + 'a folder per map run), and the CloudWatch Logs delivery and X-Ray '
      + 'actions, which take no resource ARN.');
    acknowledgeWildcardResources(childExecutionPolicy,
      "The wildcards name only this state machine's own executions and map runs, whose names Step Functions chooses at run time.");
  }

  private definition(props: ImportStateMachineProps): sfn.IChainable {
    // The Lambda service errors are in RETRIED_ERRORS: a second, default Retry would add attempts of its own.
    const retry = { errors: RETRIED_ERRORS, jitterStrategy: sfn.JitterType.FULL, ...USER_IMPORT_DEFAULTS.retry };
    // Concurrent batches must never share a user, or one user's rows could be applied out of file order:
    // the worker first writes the file's batches with each user's rows together, in file order.
    const planBatches = new tasks.LambdaInvoke(this, 'PlanBatches', {
      lambdaFunction: props.worker,
      payload: sfn.TaskInput.fromObject({
        plan: {
          bucket: props.bucket.bucketName,
          key: sfn.JsonPath.stringAt('$.key'),
          planKey: sfn.JsonPath.format(`${props.planPrefix}{}.jsonl`, sfn.JsonPath.executionName),
        },
      }),
      payloadResponseOnly: true,
      retryOnServiceExceptions: false,
    });
    planBatches.addRetry(retry);
    const applyRows = new tasks.LambdaInvoke(this, 'ApplyRows', { lambdaFunction: props.worker, payloadResponseOnly: true, retryOnServiceExceptions: false });
    applyRows.addRetry(retry);
    const importRows = new sfn.DistributedMap(this, 'ImportRows', {
      // Each item is one planned batch ({"Items": [...]}), already within Step Functions' 256 KiB per child.
      itemReader: planReader(props.bucket),
      resultWriterV2: reportWriter(props.bucket, props.reportPrefix),
      maxConcurrency: props.maxConcurrency,
      toleratedFailurePercentage: props.toleratedFailurePercentage,
      // Each batch is a short call: express child executions cost far less than standard ones.
      mapExecutionType: sfn.StateMachineType.EXPRESS,
    }).itemProcessor(applyRows);
    const key = '$.key';
    const restore = '$.restore';
    const under = (path: string, pattern: string) => sfn.Condition.and(
      sfn.Condition.isPresent(path), sfn.Condition.isString(path), sfn.Condition.stringMatches(path, pattern));
    return new sfn.Choice(this, 'KeyUnderInputPrefix')
      .when(under(key, `${props.inputPrefix}*`), planBatches.next(importRows))
      .when(under(restore, `${props.backupPrefix}*/`), restoreStates(this, {
        ...props,
        retry,
      }))
      .otherwise(new sfn.Fail(this, 'KeyOutsideInputPrefix', {
        error: 'KeyOutsideInputPrefix',
        cause: `The execution input must be {"key": "<object key>"} naming a CSV file under ${props.inputPrefix}, `
          + `or {"restore": "<run folder>/"} naming a backup run under ${props.backupPrefix}`,
      }));
  }
}

// What Step Functions needs to deliver logs; these CloudWatch Logs APIs take no resource ARN.
const LOG_DELIVERY_ACTIONS = [
  'logs:CreateLogDelivery', 'logs:GetLogDelivery', 'logs:UpdateLogDelivery', 'logs:DeleteLogDelivery', 'logs:ListLogDeliveries',
  'logs:PutResourcePolicy', 'logs:DescribeResourcePolicies', 'logs:DescribeLogGroups',
];
// What X-Ray tracing needs; these APIs take no resource ARN.
const XRAY_ACTIONS = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets'];
