import { RemovalPolicy } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';

/**
 * Settings for last sign-in tracking: a post authentication trigger that records each user's
 * latest successful sign-in in a DynamoDB table (`sub`, `lastSignInAt` in epoch milliseconds,
 * `username`), the record InactiveUserPolicy and UserAnalytics read. A failed write never fails
 * the sign-in; it is logged as a warning.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
 */
export interface LastSignInTriggerOptions {
  /**
   * Key that encrypts the table.
   *
   * @default - a customer-managed KMS key with rotation, retained like the table
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * What happens to the table (and the key created for it) when it leaves the stack.
   * `RemovalPolicy.DESTROY` also turns the table's deletion protection off; meant for test stacks.
   *
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}
