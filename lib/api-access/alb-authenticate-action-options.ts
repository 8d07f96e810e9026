import { Duration } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';

/**
 * How an Application Load Balancer listener signs users in with a pool before forwarding.
 *
 * ALB sends users back to `https://<domainName>/oauth2/idpresponse`, a path it serves itself on
 * an HTTPS listener: give the host name your certificate covers, or a load balancer that has an
 * HTTPS listener (its generated DNS name is then used).
 *
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-authenticate-users.html
 */
export interface AlbAuthenticateActionOptions {
  /** What the listener does once the user is signed in, usually a forward to a target group. */
  readonly next: elbv2.ListenerAction;
  /**
   * The host name users reach the load balancer at over HTTPS, without scheme or path.
   * @default - the load balancer's DNS name; then `loadBalancer` must have an HTTPS listener
   */
  readonly domainName?: string;
  /**
   * The load balancer the action runs on.
   * @default - none; then `domainName` is required
   */
  readonly loadBalancer?: elbv2.IApplicationLoadBalancer;
  /**
   * OAuth scopes to ask for besides `openid`, such as `email` or `orders/read`.
   * @default - only openid
   */
  readonly scopes?: string[];
  /**
   * Name of the confidential app client created for the load balancer.
   * @default - the id
   */
  readonly clientName?: string;
  /**
   * An existing confidential client to use instead of creating one; it must have a secret and
   * the `/oauth2/idpresponse` callback.
   * @default - a client is created through addAppClient
   */
  readonly userPoolClient?: cognito.IUserPoolClient;
  /**
   * How long the load balancer's session cookie lasts.
   * @default Duration.days(7)
   */
  readonly sessionTimeout?: Duration;
  /**
   * What happens to a request without a session.
   * @default elbv2.UnauthenticatedAction.AUTHENTICATE
   */
  readonly onUnauthenticatedRequest?: elbv2.UnauthenticatedAction;
}
