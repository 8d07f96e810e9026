import { Arn, ArnFormat, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { acknowledgeWildcardResources } from './private-acknowledge-wildcards';
import { recreatableLogGroupName } from '../private/recreatable-log-group-name';

/** What differs between the operations' Distributed Map state machines. */
export interface MapStateMachineProps {
  /** What the state machine runs, for descriptions: `user-import`, `user analytics`, ... */
  readonly jobName: string;
  /** Builds the definition; called where aws-cdk-lib expects it, after the role and logs exist. */
  readonly definition: () => sfn.IChainable;
  /** What the run policy lets the state machine do, completing "Lets the ... state machine <path> ...". */
  readonly runPolicyPurpose: string;
  /** Every run statement: the worker, the S3 prefixes, and `observabilityStatements()`. */
  readonly runStatements: iam.PolicyStatement[];
  /** Why the run policy's wildcards are as narrow as they can be, for the nag acknowledgement. */
  readonly runWildcardReason: string;
  readonly logRetention: logs.RetentionDays;
  readonly logEncryptionKey: kms.IKey;
}

/** Log delivery and X-Ray actions take no resource ARN. */
const LOG_DELIVERY_ACTIONS = [
  'logs:CreateLogDelivery', 'logs:GetLogDelivery', 'logs:UpdateLogDelivery', 'logs:DeleteLogDelivery', 'logs:ListLogDeliveries',
  'logs:PutResourcePolicy', 'logs:DescribeResourcePolicies', 'logs:DescribeLogGroups',
];
const XRAY_ACTIONS = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets'];

/** What logging to CloudWatch Logs and tracing with X-Ray need. */
export function observabilityStatements(): iam.PolicyStatement[] {
  return [
    new iam.PolicyStatement({ actions: LOG_DELIVERY_ACTIONS, resources: ['*'] }),
    new iam.PolicyStatement({ actions: XRAY_ACTIONS, resources: ['*'] }),
  ];
}

/**
 * A state machine whose role holds only customer-managed policies naming every resource: the run
 * policy, and one for its own child executions in place of the inline policy aws-cdk-lib would add.
 * It logs events without execution data, which would carry users into the logs.
 */
export function createMapStateMachine(scope: Construct, props: MapStateMachineProps): sfn.StateMachine {
  const stack = Stack.of(scope);
  const path = scope.node.path;
  const role = new iam.Role(scope, 'Role', {
    assumedBy: new iam.ServicePrincipal('states.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': stack.account } } }),
    description: `Execution role of the ${props.jobName} state machine ${path}`,
  });
  const logGroup = new logs.LogGroup(scope, 'Logs', {
    // The vended-logs path keeps the account's CloudWatch Logs resource policy from growing with every state machine.
    logGroupName: recreatableLogGroupName(scope, '/aws/vendedlogs/states/'),
    retention: props.logRetention,
    encryptionKey: props.logEncryptionKey,
  });
  const runPolicy = new iam.ManagedPolicy(scope, 'RunPolicy', {
    description: `Lets the ${props.jobName} state machine ${path} ${props.runPolicyPurpose}`,
    roles: [role],
    statements: props.runStatements,
  });
  const stateMachine = new sfn.StateMachine(scope, 'Resource', {
    definitionBody: sfn.DefinitionBody.fromChainable(props.definition()),
    role: role.withoutPolicyUpdates(),
    tracingEnabled: true,
    logs: { destination: logGroup, level: sfn.LogLevel.ALL, includeExecutionData: false },
  });
  // The service checks the log delivery permissions when it creates the state machine.
  stateMachine.node.addDependency(runPolicy);
  // aws-cdk-lib adds an inline policy for child executions that an immutable role never receives;
  // ChildExecutionPolicy below replaces it, so drop it rather than leave it unattached in the tree.
  stateMachine.node.tryRemoveChild('DistributedMapPolicy');
  const executions = (suffix: string) => Arn.format({
    service: 'states', resource: 'execution', resourceName: `${stateMachine.stateMachineName}${suffix}`, arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  }, stack);
  const childExecutionPolicy = new iam.ManagedPolicy(scope, 'ChildExecutionPolicy', {
    description: `Lets the ${props.jobName} state machine ${path} run, watch and redrive its own map-run executions`,
    roles: [role],
    statements: [
      new iam.PolicyStatement({ actions: ['states:StartExecution'], resources: [stateMachine.stateMachineArn] }),
      new iam.PolicyStatement({ actions: ['states:DescribeExecution', 'states:StopExecution'], resources: [executions(':*')] }),
      new iam.PolicyStatement({ actions: ['states:RedriveExecution'], resources: [executions('/*:*')] }),
    ],
  });
  acknowledgeWildcardResources(runPolicy, props.runWildcardReason);
  acknowledgeWildcardResources(childExecutionPolicy,
    "The wildcards name only this state machine's own executions and map runs, whose names Step Functions chooses at run time.");
  return stateMachine;
}
