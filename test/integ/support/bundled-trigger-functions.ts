import { loadBundledTrigger } from './bundled-triggers';
import { Fetch } from './fetch-trusting';
import { LambdaHandler } from './lambda-invoke-server';
import { CustomMessageTriggerOptions } from '../../../lib/triggers/custom-message-trigger-options';
import { PostConfirmationTriggerOptions } from '../../../lib/triggers/post-confirmation-trigger-options';
import { PreSignUpTriggerOptions } from '../../../lib/triggers/pre-sign-up-trigger-options';
import { PreTokenGenerationTriggerOptions } from '../../../lib/triggers/pre-token-generation-trigger-options';
import {
  customMessageEnvironment, postConfirmationEnvironment, preSignUpEnvironment, preTokenGenerationEnvironment, userMigrationEnvironment,
} from '../../../lib/triggers/private-trigger-environment-values';
import { UserMigrationTriggerOptions } from '../../../lib/triggers/user-migration-trigger-options';

/** The construct options of each trigger the emulator can call. */
export interface EmulatedTriggerOptions {
  readonly preSignUp: PreSignUpTriggerOptions;
  readonly postConfirmation: PostConfirmationTriggerOptions;
  readonly preTokenGeneration: PreTokenGenerationTriggerOptions;
  readonly customMessage: CustomMessageTriggerOptions;
  readonly userMigration: UserMigrationTriggerOptions;
}

/** cognito-local's trigger names → the function (bundle) names that serve them. */
export const EMULATED_TRIGGERS = {
  PreSignUp: 'pre-sign-up',
  PostConfirmation: 'post-confirmation',
  PreTokenGeneration: 'pre-token-generation',
  CustomMessage: 'custom-message',
  UserMigration: 'user-migration',
} as const;

interface BundledHandler { readonly handler: LambdaHandler }
interface BundledUserMigration { createUserMigrationHandler(env: Record<string, string | undefined>, fetcher: Fetch): LambdaHandler }

/**
 * Loads the bundled handlers with exactly the environment the constructs give them for these
 * options. The user migration handler is built through the bundle's own factory with a fetch that
 * trusts the test's certificate, because the verifier contract requires HTTPS.
 */
export function bundledTriggerFunctions(options: EmulatedTriggerOptions, verifierFetch: Fetch): Record<string, LambdaHandler> {
  const { PreSignUp, PostConfirmation, PreTokenGeneration, CustomMessage, UserMigration } = EMULATED_TRIGGERS;
  const handlerOf = (name: string, environment: Record<string, string>) => loadBundledTrigger<BundledHandler>(name, environment).handler;
  const migrationEnvironment = userMigrationEnvironment(options.userMigration);
  const migration = loadBundledTrigger<BundledUserMigration>(UserMigration, migrationEnvironment);
  return {
    [PreSignUp]: handlerOf(PreSignUp, preSignUpEnvironment(options.preSignUp)),
    [PostConfirmation]: handlerOf(PostConfirmation, postConfirmationEnvironment(options.postConfirmation)),
    [PreTokenGeneration]: handlerOf(PreTokenGeneration, preTokenGenerationEnvironment(options.preTokenGeneration)),
    [CustomMessage]: handlerOf(CustomMessage, customMessageEnvironment(options.customMessage)),
    [UserMigration]: migration.createUserMigrationHandler(migrationEnvironment, verifierFetch),
  };
}
