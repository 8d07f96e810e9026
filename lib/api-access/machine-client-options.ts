import { Duration } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';

/**
 * A machine-to-machine client: a workload that signs in as itself with the OAuth 2.0
 * client-credentials grant and a client secret, and receives access tokens carrying only
 * resource-server scopes. It has no user sign-in flow, no ID token and no refresh token, and
 * needs the pool's hosted domain, which serves the token endpoint.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
 */
export interface MachineClientOptions {
  /**
   * The client's name; also its construct id and the key of its outputs. Unique among the
   * pool's app clients and machine clients.
   */
  readonly name: string;

  /**
   * The resource-server scopes the client may request, as `<identifier>/<scopeName>`, for
   * example `cognito.OAuthScope.custom('orders/read')` or
   * `cognito.OAuthScope.resourceServer(server, scope)`. Standard scopes (openid, email, phone,
   * profile, aws.cognito.signin.user.admin) are refused: they describe a user.
   */
  readonly oAuthScopes: cognito.OAuthScope[];

  /**
   * How long access tokens are valid (5 minutes to 1 day). Workloads fetch a new token with
   * their secret, so a short lifetime costs little and bounds a leaked token.
   * @default Duration.minutes(15)
   */
  readonly accessTokenValidity?: Duration;
}
