import { Duration } from 'aws-cdk-lib';

/**
 * How an API Gateway REST API authorizer reads and caches a pool's tokens.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-integrate-with-cognito.html
 */
export interface RestApiAuthorizerOptions {
  /**
   * Name of the authorizer.
   * @default - a name derived from the construct path
   */
  readonly authorizerName?: string;
  /**
   * Where the token is read from.
   * @default 'method.request.header.Authorization'
   */
  readonly identitySource?: string;
  /**
   * How long API Gateway caches a token's verdict; zero turns the cache off.
   * @default Duration.minutes(5)
   */
  readonly resultsCacheTtl?: Duration;
}
