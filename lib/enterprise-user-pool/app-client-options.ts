import { Duration } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';

/**
 * An app client of an EnterpriseUserPool, with the enterprise client defaults: SRP and refresh
 * flows, 1-hour access and ID tokens, 30-day refresh tokens, token revocation and prevention
 * of user-existence errors. OAuth is enabled only when callback URLs are given, and then only
 * with the authorization code grant.
 */
export interface EnterpriseAppClientOptions {
  /**
   * The client's name; also its construct id and the key of its outputs.
   */
  readonly name: string;

  /**
   * Whether the client has a secret. A confidential (server-side) client should; browsers and
   * mobile apps cannot keep one. Changing this after creation replaces the client.
   * @default false
   */
  readonly generateSecret?: boolean;

  /**
   * The authentication flows the client may use. Refresh-token authentication is always allowed.
   * A client whose `supportedIdentityProviders` leave out COGNITO gets refresh only: its users
   * sign in through the OAuth endpoints, and no token of its carries the
   * `aws.cognito.signin.user.admin` scope that sign-in through the API always grants.
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html
   * @default - SRP only (`{ userSrp: true }`), plus choice-based `USER_AUTH` when passwordless sign-in is enabled on the pool; refresh only for a client without COGNITO
   */
  readonly authFlows?: cognito.AuthFlow;

  /**
   * Redirect URLs for the OAuth 2.0 authorization code flow. Absolute, HTTPS (http only for
   * localhost) and without a fragment. Giving at least one enables OAuth on the client.
   * @default - OAuth is disabled on the client
   */
  readonly callbackUrls?: string[];

  /**
   * Sign-out redirect URLs, with the same rules as callback URLs.
   * @default - none
   */
  readonly logoutUrls?: string[];

  /**
   * The redirect URL used when a request names none; must be one of `callbackUrls`.
   * @default - none
   */
  readonly defaultRedirectUri?: string;

  /**
   * OAuth flows. The implicit grant exposes tokens in URLs and is never on by default. The
   * authorization code and implicit grants need `callbackUrls`: asking for one without them fails
   * synth rather than being dropped.
   * @default - authorization code grant only, when the client has callback URLs
   */
  readonly oAuthFlows?: cognito.OAuthFlows;

  /**
   * OAuth scopes the client may request.
   * @default - openid, email and profile
   */
  readonly oAuthScopes?: cognito.OAuthScope[];

  /**
   * Identity providers the client may use, for example federated SAML or social providers.
   * @default - the user pool's own directory (COGNITO) and any provider registered on the pool
   */
  readonly supportedIdentityProviders?: cognito.UserPoolClientIdentityProvider[];

  /**
   * How long access tokens are valid (5 minutes to 1 day).
   * @default Duration.hours(1)
   */
  readonly accessTokenValidity?: Duration;

  /**
   * How long ID tokens are valid (5 minutes to 1 day).
   * @default Duration.hours(1)
   */
  readonly idTokenValidity?: Duration;

  /**
   * How long refresh tokens are valid (60 minutes to 10 years).
   * @default Duration.days(30)
   */
  readonly refreshTokenValidity?: Duration;

  /**
   * How long the session token of a multi-step sign-in (MFA, challenges) is valid (3 to 15 minutes).
   * @default Duration.minutes(3)
   */
  readonly authSessionValidity?: Duration;

  /**
   * Whether refresh tokens can be revoked.
   * @default true
   */
  readonly enableTokenRevocation?: boolean;

  /**
   * Whether sign-in errors hide whether a user exists.
   * @default true
   */
  readonly preventUserExistenceErrors?: boolean;

  /**
   * Whether the client may send the user's IP address and device fingerprint to threat
   * protection. Cognito requires a client secret for this.
   * @default - true when the client has a secret
   */
  readonly enablePropagateAdditionalUserContextData?: boolean;

  /**
   * Attributes the client may read.
   * @default - every attribute
   */
  readonly readAttributes?: cognito.ClientAttributes;

  /**
   * Attributes the client may write. Cognito refuses a federated sign-in through a client that
   * cannot write an attribute its identity providers map, so the default includes what the
   * providers registered before the client map. `email_verified`, `phone_number_verified` and the
   * pool's admin-only attributes are writable by default only when they are mapped and the
   * client's users hold no token that can change attributes (no API sign-in flow, no
   * `aws.cognito.signin.user.admin` scope), so users cannot verify themselves or set their own
   * employee or tenant id.
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html
   * @default - every writable standard attribute, every custom attribute that is not admin-only, and the attributes the client's providers map
   */
  readonly writeAttributes?: cognito.ClientAttributes;
}
