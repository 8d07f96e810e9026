import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { RestApiAuthorizerOptions } from './rest-api-authorizer-options';

/** A REST API authorizer that accepts tokens of one user pool. */
export function restApiAuthorizer(
  scope: Construct, id: string, userPool: cognito.IUserPool, options: RestApiAuthorizerOptions = {},
): apigateway.CognitoUserPoolsAuthorizer {
  return new apigateway.CognitoUserPoolsAuthorizer(scope, id, {
    cognitoUserPools: [userPool],
    authorizerName: options.authorizerName,
    identitySource: options.identitySource,
    resultsCacheTtl: options.resultsCacheTtl,
  });
}
