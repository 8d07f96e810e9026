import * as appsync from 'aws-cdk-lib/aws-appsync';

/**
 * How an AppSync GraphQL API accepts a pool's tokens.
 *
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#amazon-cognito-user-pools-authorization
 */
export interface AppSyncAuthorizationOptions {
  /**
   * A regular expression the token's client id must match.
   * @default - tokens of every client of the pool
   */
  readonly appIdClientRegex?: string;
  /**
   * What AppSync does with a valid token when no `@aws_auth` directive decides.
   * @default appsync.UserPoolDefaultAction.ALLOW
   */
  readonly defaultAction?: appsync.UserPoolDefaultAction;
}
