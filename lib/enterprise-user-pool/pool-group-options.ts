import * as iam from 'aws-cdk-lib/aws-iam';

/**
 * A user group. Groups appear in the `cognito:groups` claim and can carry an IAM role that an
 * identity pool hands to members.
 */
export interface PoolGroupOptions {
  /** The group's name (1–128 characters); also its construct id. */
  readonly name: string;

  /**
   * What the group is for (up to 2048 characters).
   * @default - no description
   */
  readonly description?: string;

  /**
   * Which group's role wins when a user is in several: lower wins.
   * @default - no precedence
   */
  readonly precedence?: number;

  /**
   * An IAM role for members, used by identity pools with token-based role mapping.
   * @default - no role
   */
  readonly role?: iam.IRole;
}
