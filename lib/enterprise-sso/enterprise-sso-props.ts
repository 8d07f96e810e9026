import { OidcProviderOptions } from './oidc-provider-options';
import { SamlProviderOptions } from './saml-provider-options';
import { SsoIdentityPoolOptions } from './sso-identity-pool-options';
import { EnterpriseUserPoolProps } from '../enterprise-user-pool/enterprise-user-pool-props';

/**
 * Properties of an EnterpriseSso: every EnterpriseUserPool setting, with the workforce-SSO
 * defaults (see `ENTERPRISE_SSO_DEFAULTS`), plus the federated identity providers and an
 * optional identity pool.
 *
 * A hosted `domain` is required: SAML responses and OIDC redirects arrive on it. App clients
 * that do not list their `supportedIdentityProviders` get every federated provider of the
 * construct and not the pool's own directory (COGNITO).
 */
export interface EnterpriseSsoProps extends EnterpriseUserPoolProps {
  /**
   * SAML identity providers.
   * @default - none; give at least one SAML or OIDC provider
   */
  readonly samlProviders?: SamlProviderOptions[];

  /**
   * OpenID Connect identity providers.
   * @default - none; give at least one SAML or OIDC provider
   */
  readonly oidcProviders?: OidcProviderOptions[];

  /**
   * An identity pool for AWS credentials, with role mapping by token or by rules. It trusts the
   * app clients given in `appClients`.
   * @default - no identity pool
   */
  readonly identityPool?: SsoIdentityPoolOptions;
}
