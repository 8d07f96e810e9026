import { SecretValue } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';

/**
 * An OpenID Connect identity provider of an EnterpriseSso pool, for IdPs federated through OIDC
 * rather than SAML.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-oidc-idp.html
 */
export interface OidcProviderOptions {
  /**
   * The provider's name in the pool (3–32 characters, not the name of a built-in provider such
   * as COGNITO or Google). Changing it replaces the provider.
   */
  readonly name: string;

  /**
   * The IdP's HTTPS issuer URL; its `/.well-known/openid-configuration` must be reachable at
   * deploy time unless `endpoints` are given.
   */
  readonly issuerUrl: string;

  /** The client id registered for the pool at the IdP. */
  readonly clientId: string;

  /**
   * The client secret, from AWS Secrets Manager (`SecretValue.secretsManager(...)`) or another
   * dynamic reference, so that it never appears in the template. A plain-text value fails synth.
   */
  readonly clientSecret: SecretValue;

  /**
   * Scopes requested from the IdP.
   * @default ['openid', 'email', 'profile']
   */
  readonly scopes?: string[];

  /**
   * How Cognito requests the user's attributes from the IdP's userInfo endpoint.
   * @default cognito.OidcAttributeRequestMethod.GET
   */
  readonly attributeRequestMethod?: cognito.OidcAttributeRequestMethod;

  /**
   * How the IdP's claims map onto pool attributes, merged over the mapping of the standard OIDC
   * claims `email`, `given_name` and `family_name` (explicit wins). Every target must be a
   * mutable attribute of the pool.
   * @default - the standard OIDC claims only
   */
  readonly attributeMapping?: cognito.AttributeMapping;

  /**
   * Identifiers, typically email domains, that route a user to this IdP (at most 50, each 1–40
   * characters, unique within the pool).
   * @default - no identifiers
   */
  readonly identifiers?: string[];

  /**
   * The IdP's endpoints, for IdPs without OIDC discovery.
   * @default - discovered from the issuer URL
   */
  readonly endpoints?: cognito.OidcEndpoints;
}
