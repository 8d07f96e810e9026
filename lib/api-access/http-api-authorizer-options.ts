import * as cognito from 'aws-cdk-lib/aws-cognito';

/**
 * How an API Gateway HTTP API JWT authorizer checks a pool's tokens.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html
 */
export interface HttpApiAuthorizerOptions {
  /**
   * Name of the authorizer.
   * @default - the id
   */
  readonly authorizerName?: string;
  /**
   * The app clients whose tokens are accepted: the JWT audience (`aud` of ID tokens,
   * `client_id` of access tokens).
   * @default - every app client of the pool at the time of the call
   */
  readonly userPoolClients?: cognito.IUserPoolClient[];
  /**
   * Where the token is read from.
   * @default ['$request.header.Authorization']
   */
  readonly identitySource?: string[];
}
