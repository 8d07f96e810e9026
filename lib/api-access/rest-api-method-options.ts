import * as apigateway from 'aws-cdk-lib/aws-apigateway';

/**
 * The method options that put a REST API method behind a user pool authorizer. With scopes the
 * method demands an access token carrying one of them; without, it accepts the ID token.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-enable-cognito-user-pool.html
 */
export function restApiMethodOptions(authorizer: apigateway.IAuthorizer, scopes?: string[]): apigateway.MethodOptions {
  return {
    authorizer,
    authorizationType: apigateway.AuthorizationType.COGNITO,
    authorizationScopes: scopes && scopes.length > 0 ? scopes : undefined,
  };
}
