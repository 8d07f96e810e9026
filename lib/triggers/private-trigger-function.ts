import { Duration, Token, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { TriggerHardeningOptions } from './trigger-hardening-options';

/** A generated bundled-function class (see lib/triggers/functions/). */
export type BundledFunctionClass = new (scope: Construct, id: string, props?: lambda.FunctionOptions) => lambda.Function;

/** What one hardened trigger needs. */
export interface TriggerFunctionProps {
  readonly functionClass: BundledFunctionClass;
  readonly description: string;
  readonly environment: Record<string, string>;
  /** The AWS actions the handler calls, each scoped to its resource. */
  readonly statements: iam.PolicyStatement[];
  readonly hardening: TriggerHardeningOptions;
  readonly logEncryptionKey: kms.IKey;
}

/** Defaults every bundled trigger shares. */
export const TRIGGER_DEFAULTS = {
  timeout: Duration.seconds(4),
  memorySize: 256,
  logRetention: logs.RetentionDays.ONE_YEAR,
} as const;

// Lambda rejects a function whose environment variables exceed 4 KB in total.
const MAX_ENVIRONMENT_BYTES = 4 * 1024;

/**
 * One bundled trigger with its own role, a customer-managed policy naming only what it calls and
 * its log group, an encrypted log group with retention, and native JSON logs.
 *
 * The policy points at the role (not the role at the policy), so a policy that names the pool
 * never makes the pool, which names the function, depend on itself.
 */
export class TriggerFunction extends Construct {
  /** The function Cognito invokes. */
  public readonly function: lambda.Function;
  /** The function's execution role. */
  public readonly role: iam.Role;
  /** The customer-managed policy attached to the role. */
  public readonly policy: iam.ManagedPolicy;
  /** The function's log group. */
  public readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: TriggerFunctionProps) {
    super(scope, id);
    const { hardening } = props;
    checkEnvironmentSize(this, props.environment);

    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of the ${props.description}`,
    });
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: hardening.logRetention ?? TRIGGER_DEFAULTS.logRetention,
      encryptionKey: props.logEncryptionKey,
    });
    this.function = new props.functionClass(this, 'Function', {
      description: props.description,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      timeout: hardening.timeout ?? TRIGGER_DEFAULTS.timeout,
      memorySize: hardening.memorySize ?? TRIGGER_DEFAULTS.memorySize,
      reservedConcurrentExecutions: hardening.reservedConcurrentExecutions,
      vpc: hardening.vpc,
      vpcSubnets: hardening.vpcSubnets,
      securityGroups: hardening.securityGroups,
      environment: props.environment,
    });
    this.policy = new iam.ManagedPolicy(this, 'Policy', {
      description: `Least-privilege policy of the ${props.description}`,
      roles: [this.role],
      statements: [
        new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [this.logGroup.logGroupArn] }),
        ...(hardening.vpc ? [vpcNetworkInterfaceStatement()] : []),
        ...props.statements,
      ],
    });
    this.acknowledgeInapplicableFindings(hardening);
  }

  private acknowledgeInapplicableFindings(hardening: TriggerHardeningOptions): void {
    const validations = Validations.of(this);
    const dlq = 'Cognito invokes its triggers synchronously and returns the error to the caller; a dead-letter queue only applies to asynchronous invocation.';
    for (const pack of ['HIPAA.Security', 'NIST.800.53.R5']) {
      validations.acknowledge({ id: `${pack}-LambdaDLQ`, reason: dlq });
    }
    if (!hardening.vpc) {
      const vpc = 'The trigger calls only AWS APIs over TLS and keeps no network state; pass hardening.vpc to run the triggers in your VPC.';
      for (const pack of ['HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321']) {
        validations.acknowledge({ id: `${pack}-LambdaInsideVPC`, reason: vpc });
      }
    } else {
      validations.acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'Lambda needs ec2:*NetworkInterface* on any interface to attach the function to the VPC; these actions take no resource ARN.',
      });
    }
    if (hardening.reservedConcurrentExecutions === undefined) {
      const concurrency = 'No concurrency is reserved by default: it caps sign-in throughput and fails at deploy in accounts whose quota is 10. '
        + 'Set hardening.reservedConcurrentExecutions to reserve it.';
      for (const pack of ['HIPAA.Security', 'NIST.800.53.R5']) {
        validations.acknowledge({ id: `${pack}-LambdaConcurrency`, reason: concurrency });
      }
    }
  }
}

/** The network-interface actions Lambda needs in a VPC (what AWSLambdaVPCAccessExecutionRole grants). */
function vpcNetworkInterfaceStatement(): iam.PolicyStatement {
  return new iam.PolicyStatement({
    actions: [
      'ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DescribeSubnets', 'ec2:DeleteNetworkInterface',
      'ec2:AssignPrivateIpAddresses', 'ec2:UnassignPrivateIpAddresses',
    ],
    resources: ['*'],
  });
}

function checkEnvironmentSize(scope: Construct, environment: Record<string, string>): void {
  const bytes = Object.entries(environment)
    .filter(([, value]) => !Token.isUnresolved(value))
    .reduce((total, [key, value]) => total + Buffer.byteLength(key) + Buffer.byteLength(value), 0);
  if (bytes > MAX_ENVIRONMENT_BYTES) {
    throw new Error(`${scope.node.path}: the trigger's settings take ${bytes} bytes of environment — Lambda allows at most ${MAX_ENVIRONMENT_BYTES}; shorten the templates`);
  }
}
