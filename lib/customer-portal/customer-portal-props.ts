import * as cognito from 'aws-cdk-lib/aws-cognito';
import { PortalWebAclOptions } from './portal-web-acl-options';
import { SocialProviderOptions } from './social-provider-options';
import { EnterpriseUserPoolProps } from '../enterprise-user-pool/enterprise-user-pool-props';

/**
 * Properties of a CustomerPortal: the redirect URLs of the portal's web app and its social
 * providers, plus every EnterpriseUserPool setting. The portal's pool differs from
 * EnterpriseUserPool's defaults in self-service sign-up, email sign-in, an 8-character policy
 * with lower case and digits, optional MFA, optional names and phone number, and an immutable
 * admin-only `customer_id`. Settings objects merge over these defaults; choices replace them.
 */
export interface CustomerPortalProps extends EnterpriseUserPoolProps {
  /**
   * Where the hosted sign-in pages send users back with an authorization code. HTTPS (http only
   * for localhost), absolute and without a fragment.
   */
  readonly callbackUrls: string[];

  /**
   * Where the hosted pages send users after sign-out, with the same rules as callback URLs.
   */
  readonly logoutUrls: string[];

  /**
   * The redirect URL used when a request names none; must be one of `callbackUrls`.
   * @default - none
   */
  readonly defaultRedirectUri?: string;

  /**
   * The name of the portal's web app client.
   * @default 'portal-web'
   */
  readonly webClientName?: string;

  /**
   * OAuth scopes the web app may request.
   * @default - openid, email and profile
   */
  readonly webClientScopes?: cognito.OAuthScope[];

  /**
   * Social identity providers offered on the sign-in pages, each at most once.
   * @default - sign-in with the pool's own accounts only
   */
  readonly socialProviders?: SocialProviderOptions[];

  /**
   * AWS WAF protection (a per-IP rate limit) in front of the pool's endpoints.
   * @default - no web ACL
   */
  readonly webAcl?: PortalWebAclOptions;

  /**
   * The name customers know the portal by, used in the verification and invitation messages
   * and, when the custom message trigger is on, in its templates.
   * @default 'our customer portal'
   */
  readonly brandName?: string;
}
