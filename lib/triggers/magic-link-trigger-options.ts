import { Duration } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';

/**
 * Settings for magic-link sign-in (the define, create and verify auth challenge triggers).
 *
 * The link's token is signed with a KMS HMAC key, emailed through SES, bound to the Cognito
 * custom-auth session that requested it, and accepted once, before it expires. The app client
 * needs the `custom` auth flow, and the app must answer the challenge in the same session.
 */
export interface MagicLinkTriggerOptions {
  /**
   * HTTPS page of your app that receives the link; the token arrives in the fragment
   * (`#magic_link=…`). Must be one of `allowedRedirectUrls` when those are given.
   */
  readonly baseUrl: string;

  /**
   * Verified SES address the links are sent from.
   */
  readonly senderAddress: string;

  /**
   * How long a link works; between 1 and 15 minutes (Cognito's longest custom-auth session).
   *
   * @default Duration.minutes(5)
   */
  readonly linkValidity?: Duration;

  /**
   * Wrong answers allowed per sign-in before it fails; between 1 and 10.
   *
   * @default 3
   */
  readonly maxAttempts?: number;

  /**
   * Sign-in emails one user may receive within 15 minutes, between 1 and 50; further sign-in
   * attempts get a challenge but no email. Each running copy of the trigger counts on its own,
   * so reserved concurrency bounds the total.
   *
   * @default 5
   */
  readonly maxEmailsPerUser?: number;

  /**
   * Subject of the sign-in email.
   *
   * @default 'Your sign-in link'
   */
  readonly emailSubject?: string;

  /**
   * HMAC key (key spec HMAC_256, usage GENERATE_VERIFY_MAC) that signs the links.
   *
   * @default - a new HMAC_256 key
   */
  readonly signingKey?: kms.IKey;
}
