import * as cognito from 'aws-cdk-lib/aws-cognito';
import { SamlAttributeMappingPreset } from './saml-attribute-mapping-preset';

/**
 * A SAML 2.0 identity provider of an EnterpriseSso pool, such as ADFS, Microsoft Entra ID, Okta
 * or Google Workspace. Give its metadata as a URL or as a document, not both.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-saml-idp.html
 */
export interface SamlProviderOptions {
  /**
   * The provider's name in the pool (3–32 characters, not the name of a built-in provider such
   * as COGNITO or Google). Apps pass it as `identity_provider` to go straight to this IdP.
   * Changing it replaces the provider.
   */
  readonly name: string;

  /**
   * HTTPS URL of the IdP's SAML metadata. Cognito fetches it at deploy time, so it must be
   * reachable from the internet then.
   * @default - none; give `metadataDocument` instead
   */
  readonly metadataUrl?: string;

  /**
   * The IdP's SAML metadata XML, for IdPs whose metadata is not published at a URL.
   * @default - none; give `metadataUrl` instead
   */
  readonly metadataDocument?: string;

  /**
   * Claim mapping of a common IdP to start from; `attributeMapping` is merged over it.
   * @default - no preset: only `attributeMapping`
   */
  readonly preset?: SamlAttributeMappingPreset;

  /**
   * How the IdP's SAML attributes map onto pool attributes. Wins over the preset attribute by
   * attribute. Every target must be a mutable attribute of the pool: Cognito rewrites mapped
   * attributes at each sign-in.
   * @default - the preset's mapping
   */
  readonly attributeMapping?: cognito.AttributeMapping;

  /**
   * Identifiers, typically email domains such as `example.com`, that route a user to this IdP
   * from the hosted sign-in page (at most 50, each 1–40 characters, unique within the pool).
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managing-saml-idp-naming.html
   * @default - no identifiers
   */
  readonly identifiers?: string[];

  /**
   * Sign authentication requests with Cognito's signing certificate (RSA-SHA256). Upload the
   * certificate from the pool's signing certificate endpoint to the IdP first.
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-SAML-signing-encryption.html
   * @default false
   */
  readonly signRequests?: boolean;

  /**
   * Require the IdP to encrypt its assertions with Cognito's encryption certificate.
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-SAML-signing-encryption.html
   * @default false
   */
  readonly encryptedResponses?: boolean;

  /**
   * Accept IdP-initiated sign-in (a user starting from a bookmark in the IdP's portal). Such
   * responses answer no request of Cognito's, so Cognito cannot tie them to a session it started:
   * enable it only when users need the portal start.
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-SAML-session-initiation.html
   * @default false
   */
  readonly idpInitiated?: boolean;

  /**
   * Sign users out of the IdP too when they sign out of the pool (SAML single logout).
   * @default false
   */
  readonly idpSignout?: boolean;
}
