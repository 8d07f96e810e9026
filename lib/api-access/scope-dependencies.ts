import { Token } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';

/**
 * Makes a client wait for the resource servers whose scopes it names as plain strings: Cognito
 * refuses a client scope that does not exist yet (ScopeDoesNotExistException), and a string
 * scope, unlike `OAuthScope.resourceServer()`, carries no reference that would order them.
 */
export function orderClientAfterServers(
  client: cognito.UserPoolClient,
  scopes: ReadonlyArray<cognito.OAuthScope>,
  servers: { readonly [identifier: string]: cognito.UserPoolResourceServer },
): void {
  for (const [identifier, server] of Object.entries(servers)) {
    const named = scopes.some(({ scopeName }) => !Token.isUnresolved(scopeName) && scopeName.startsWith(`${identifier}/`));
    if (named) {
      client.node.addDependency(server);
    }
  }
}
