import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { HttpApiAuthorizerOptions } from './http-api-authorizer-options';

/**
 * A JWT authorizer for the pool's issuer. The audience must list at least one client, or API
 * Gateway accepts no token: it defaults to every client the pool has.
 */
export function httpApiAuthorizer(
  id: string, userPool: cognito.IUserPool, poolClients: cognito.IUserPoolClient[], options: HttpApiAuthorizerOptions = {},
): HttpUserPoolAuthorizer {
  return new HttpUserPoolAuthorizer(id, userPool, {
    userPoolClients: options.userPoolClients ?? poolClients,
    authorizerName: options.authorizerName,
    identitySource: options.identitySource,
  });
}
