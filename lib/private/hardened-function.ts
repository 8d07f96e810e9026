import { Acknowledgment, Duration, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledgeFindings } from './acknowledge-findings';

/** A bundled-function class that projen generates into a module's functions/ folder. */
export type BundledFunctionClass = new (scope: Construct, id: string, props?: lambda.FunctionOptions) => lambda.Function;

/** How a hardened function runs; every setting is optional. */
export interface HardenedFunctionSettings {
  readonly timeout?: Duration;
  readonly memorySize?: number;
  readonly logRetention?: logs.RetentionDays;
  readonly reservedConcurrentExecutions?: number;
  readonly vpc?: ec2.IVpc;
  readonly vpcSubnets?: ec2.SubnetSelection;
  readonly securityGroups?: ec2.ISecurityGroup[];
}

/** Why the nag findings that do not apply to this function's invocation do not apply. */
export interface InapplicableFindingReasons {
  readonly deadLetterQueue: string;
  /** Given only when the function runs outside a VPC. */
  readonly outsideVpc: string;
  /** Given only when no concurrency is reserved. */
  readonly unreservedConcurrency: string;
}

/** What one hardened bundled function needs. */
export interface HardenedFunctionProps {
  readonly functionClass: BundledFunctionClass;
  /** What the function is, as in "Execution role of the <kind> of <pool>". */
  readonly description: string;
  /** The function's own description, when it should say more than `description`. */
  readonly functionDescription?: string;
  /** What the environment check calls the function: `trigger`, `worker`. */
  readonly kind: string;
  readonly environment: Record<string, string>;
  /** The AWS actions the handler calls, each scoped to its resource. */
  readonly statements: iam.PolicyStatement[];
  readonly settings: HardenedFunctionSettings;
  readonly logEncryptionKey: kms.IKey;
  readonly findingReasons: InapplicableFindingReasons;
}

/** Defaults every hardened function shares. */
export const HARDENED_FUNCTION_DEFAULTS = {
  timeout: Duration.seconds(4),
  memorySize: 256,
  logRetention: logs.RetentionDays.ONE_YEAR,
} as const;

// Lambda rejects a function whose environment variables exceed 4 KB in total.
const MAX_ENVIRONMENT_BYTES = 4 * 1024;

/**
 * One bundled function (a trigger or a worker) with its own role, a customer-managed policy naming
 * only what it calls and its log group, an encrypted log group with retention, and native JSON logs.
 *
 * The policy points at the role (not the role at the policy), so a policy that names the pool
 * never makes the pool, which names the function, depend on itself.
 */
export class HardenedFunction extends Construct {
  /** The bundled function. */
  public readonly function: lambda.Function;
  /** The function's execution role. */
  public readonly role: iam.Role;
  /** The customer-managed policy attached to the role. */
  public readonly policy: iam.ManagedPolicy;
  /** The function's log group. */
  public readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: HardenedFunctionProps) {
    super(scope, id);
    const hardening = props.settings;
    checkEnvironmentSize(this, props.kind, props.environment);
    // Acknowledged while the construct has no children: aws-cdk-lib clears earlier warnings from
    // the whole subtree on every acknowledgment, and later ones are never recorded.
    this.acknowledgeInapplicableFindings(hardening, props.findingReasons);

    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of the ${props.description}`,
    });
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: hardening.logRetention ?? HARDENED_FUNCTION_DEFAULTS.logRetention,
      encryptionKey: props.logEncryptionKey,
    });
    this.function = new props.functionClass(this, 'Function', {
      description: props.functionDescription ?? props.description,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      timeout: hardening.timeout ?? HARDENED_FUNCTION_DEFAULTS.timeout,
      memorySize: hardening.memorySize ?? HARDENED_FUNCTION_DEFAULTS.memorySize,
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
  }

  private acknowledgeInapplicableFindings(hardening: HardenedFunctionSettings, reasons: InapplicableFindingReasons): void {
    const acknowledgments: Acknowledgment[] = [];
    for (const pack of ['HIPAA.Security', 'NIST.800.53.R5']) {
      acknowledgments.push({ id: `${pack}-LambdaDLQ`, reason: reasons.deadLetterQueue });
    }
    if (!hardening.vpc) {
      for (const pack of ['HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321']) {
        acknowledgments.push({ id: `${pack}-LambdaInsideVPC`, reason: reasons.outsideVpc });
      }
    } else {
      acknowledgments.push({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'Lambda needs ec2:*NetworkInterface* on any interface to attach the function to the VPC; these actions take no resource ARN.',
      });
    }
    if (hardening.reservedConcurrentExecutions === undefined) {
      for (const pack of ['HIPAA.Security', 'NIST.800.53.R5']) {
        acknowledgments.push({ id: `${pack}-LambdaConcurrency`, reason: reasons.unreservedConcurrency });
      }
    }
    acknowledgeFindings(this, acknowledgments);
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

function checkEnvironmentSize(scope: Construct, kind: string, environment: Record<string, string>): void {
  const bytes = Object.entries(environment)
    .filter(([, value]) => !Token.isUnresolved(value))
    .reduce((total, [key, value]) => total + Buffer.byteLength(key) + Buffer.byteLength(value), 0);
  if (bytes > MAX_ENVIRONMENT_BYTES) {
    throw new Error(`${scope.node.path}: the ${kind}'s settings take ${bytes} bytes of environment — Lambda allows at most ${MAX_ENVIRONMENT_BYTES}; shorten the templates`);
  }
}
