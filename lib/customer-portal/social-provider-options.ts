import * as cognito from 'aws-cdk-lib/aws-cognito';
import { SocialProvider } from './social-provider';
import { SocialProviderSecret } from './social-provider-secret';

/**
 * A social identity provider of the customer portal. Google, Facebook and Amazon need a client
 * secret; Sign in with Apple needs a team id, key id and private key instead.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-social-idp.html
 */
export interface SocialProviderOptions {
  /**
   * Which provider this is. Each provider may appear once.
   */
  readonly provider: SocialProvider;

  /**
   * The client id the provider issued (for Apple, the Services ID).
   */
  readonly clientId: string;

  /**
   * The client secret, for Google, Facebook and Amazon.
   * @default - none; required for every provider but Apple
   */
  readonly clientSecret?: SocialProviderSecret;

  /**
   * Apple's team id.
   * @default - none; required for Apple
   */
  readonly teamId?: string;

  /**
   * The id of Apple's private key.
   * @default - none; required for Apple
   */
  readonly keyId?: string;

  /**
   * Apple's private key (the contents of the .p8 file).
   * @default - none; required for Apple
   */
  readonly privateKey?: SocialProviderSecret;

  /**
   * The scopes to ask the provider for.
   * @default - email and profile scopes: Google `openid email profile`, Facebook `public_profile,email`, Apple `email name`, Amazon `profile`
   */
  readonly scopes?: string[];

  /**
   * Provider attributes to copy into the user's profile, merged over the defaults. Every mapped
   * attribute must be writable by the portal's web client, or federated sign-in fails.
   * @default - email, names and (Google) picture
   */
  readonly attributeMapping?: cognito.AttributeMapping;

  /**
   * The Facebook Graph API version, for Facebook only.
   * @default - the provider's default version
   */
  readonly facebookApiVersion?: string;
}
