import { Duration } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';

/**
 * Runtime settings shared by every bundled trigger of a pool.
 */
export interface TriggerHardeningOptions {
  /**
   * Run the triggers in this VPC. The triggers call only AWS APIs (Cognito, KMS, SES, DynamoDB for
   * last sign-in tracking) and, for user migration, your verifier: give the VPC endpoints (a
   * DynamoDB gateway endpoint costs nothing) or a NAT route for the ones you enable.
   *
   * @default - the triggers run outside any VPC
   */
  readonly vpc?: ec2.IVpc;

  /**
   * Subnets to place the triggers in; only with `vpc`.
   *
   * @default - the VPC's private subnets
   */
  readonly vpcSubnets?: ec2.SubnetSelection;

  /**
   * Security groups for the triggers; only with `vpc`.
   *
   * @default - one security group per trigger, allowing all outbound traffic
   */
  readonly securityGroups?: ec2.ISecurityGroup[];

  /**
   * Concurrency reserved for each trigger.
   *
   * Reserving concurrency protects sign-in from other functions exhausting the account's pool,
   * but it also caps sign-in throughput, and it fails at deploy in accounts whose concurrency
   * quota is still the new-account value of 10 (Lambda keeps 10 unreserved).
   *
   * @see https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html
   * @default - no reservation: the triggers share the account's unreserved concurrency
   */
  readonly reservedConcurrentExecutions?: number;

  /**
   * How long the triggers' logs are kept.
   *
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly logRetention?: logs.RetentionDays;

  /**
   * Key that encrypts the triggers' log groups.
   *
   * @default - one KMS key per pool, with rotation, shared by all its trigger log groups
   */
  readonly logEncryptionKey?: kms.IKey;

  /**
   * Memory for each trigger, in MiB; more memory also means more CPU and a faster cold start.
   *
   * @default 256
   */
  readonly memorySize?: number;

  /**
   * Timeout for each trigger. Cognito waits at most 5 seconds for a trigger, so a longer timeout
   * only hides failures: it must be between 1 and 5 seconds.
   *
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-identity-pools-working-with-aws-lambda-triggers.html
   * @default Duration.seconds(4)
   */
  readonly timeout?: Duration;
}
