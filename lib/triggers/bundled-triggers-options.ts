import { CustomMessageTriggerOptions } from './custom-message-trigger-options';
import { MagicLinkTriggerOptions } from './magic-link-trigger-options';
import { PostConfirmationTriggerOptions } from './post-confirmation-trigger-options';
import { PreSignUpTriggerOptions } from './pre-sign-up-trigger-options';
import { PreTokenGenerationTriggerOptions } from './pre-token-generation-trigger-options';
import { TriggerHardeningOptions } from './trigger-hardening-options';
import { UserMigrationTriggerOptions } from './user-migration-trigger-options';

/**
 * The bundled Lambda triggers to attach to a user pool; each one given is enabled.
 */
export interface BundledTriggersOptions {
  /**
   * Email-domain policy and required attributes at sign-up.
   *
   * @default - no pre sign-up trigger
   */
  readonly preSignUp?: PreSignUpTriggerOptions;

  /**
   * Default and tenant group membership after confirmation.
   *
   * @default - no post confirmation trigger
   */
  readonly postConfirmation?: PostConfirmationTriggerOptions;

  /**
   * Tenant, tier and role claims in the tokens.
   *
   * @default - no pre token generation trigger
   */
  readonly preTokenGeneration?: PreTokenGenerationTriggerOptions;

  /**
   * Branded email and SMS messages.
   *
   * @default - no custom message trigger: Cognito's own messages
   */
  readonly customMessage?: CustomMessageTriggerOptions;

  /**
   * Sign-in time migration from a legacy user store.
   *
   * @default - no user migration trigger
   */
  readonly userMigration?: UserMigrationTriggerOptions;

  /**
   * Passwordless sign-in with an emailed, single-use link.
   *
   * @default - no custom auth challenge triggers
   */
  readonly magicLink?: MagicLinkTriggerOptions;

  /**
   * Runtime settings shared by every trigger.
   *
   * @default - see each property of TriggerHardeningOptions
   */
  readonly hardening?: TriggerHardeningOptions;
}
