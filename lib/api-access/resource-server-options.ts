import * as cognito from 'aws-cdk-lib/aws-cognito';

/**
 * A resource server of an EnterpriseUserPool: an API whose scopes app clients and machine
 * clients may ask for as `<identifier>/<scopeName>`.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html
 */
export interface ResourceServerOptions {
  /**
   * The server's unique identifier in the pool, often the API's URL: 1–256 printable characters
   * without spaces, quotes or backslashes. Changing it replaces the server.
   */
  readonly identifier: string;

  /**
   * A friendly name: 1–256 letters, digits, spaces and `+ = , . @ - _`. A URL identifier needs
   * its own name.
   * @default - the identifier
   */
  readonly name?: string;

  /**
   * The scopes the server defines (at most 100), each a name without a slash and a description.
   * @default - no scopes
   */
  readonly scopes?: cognito.ResourceServerScopeProps[];
}
