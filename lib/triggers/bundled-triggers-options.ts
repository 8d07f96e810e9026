import { CustomMessageTriggerOptions } from './custom-message-trigger-options';
import { LastSignInTriggerOptions } from './last-sign-in-trigger-options';
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
   * Last sign-in tracking: each successful sign-in updates the user's item in an encrypted
   * DynamoDB table (exposed as `EnterpriseUserPool.lastSignInTable`), the record inactive-account
   * policies need (PCI DSS v4 8.2.6, NIST 800-53 AC-2(3)). Off by default: it adds a Lambda
   * invocation and a DynamoDB write to every sign-in, and a retained table and key to the stack.
   * It takes Cognito's post authentication trigger, so `lambdaTriggers.postAuthentication` must be unset.
   *
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
   * @default - no post authentication trigger; sign-ins are not recorded
   */
  readonly lastSignIn?: LastSignInTriggerOptions;

  /**
   * Runtime settings shared by every trigger.
   *
   * @default - see each property of TriggerHardeningOptions
   */
  readonly hardening?: TriggerHardeningOptions;
}
