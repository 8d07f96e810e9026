import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { IConstruct } from 'constructs';
import { HttpApiAuthorizerOptions } from './http-api-authorizer-options';
import { HTTP_AUTHORIZER_RULES } from './rules';
import { enforceRules } from '../private/validation/enforce-rules';

/**
 * A JWT authorizer for the pool's issuer. The audience must list at least one client, or API
 * Gateway accepts no token: it defaults to every client the pool has.
 */
export function httpApiAuthorizer(
  scope: IConstruct, id: string, userPool: cognito.IUserPool, poolClients: cognito.IUserPoolClient[], options: HttpApiAuthorizerOptions = {},
): HttpUserPoolAuthorizer {
  const userPoolClients = options.userPoolClients ?? poolClients;
  enforceRules(scope, HTTP_AUTHORIZER_RULES, { clientCount: userPoolClients.length }, `httpApiAuthorizer(${JSON.stringify(id)}).`);
  return new HttpUserPoolAuthorizer(id, userPool, {
    userPoolClients,
    authorizerName: options.authorizerName,
    identitySource: options.identitySource,
  });
}
