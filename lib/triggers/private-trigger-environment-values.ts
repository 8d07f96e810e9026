import { Aws, Fn, Token } from 'aws-cdk-lib';
import { CustomMessageTriggerOptions } from './custom-message-trigger-options';
import { MagicLinkTriggerOptions } from './magic-link-trigger-options';
import { PostConfirmationTriggerOptions } from './post-confirmation-trigger-options';
import { PreSignUpTriggerOptions } from './pre-sign-up-trigger-options';
import { PreTokenGenerationTriggerOptions } from './pre-token-generation-trigger-options';
import { UserMigrationTriggerOptions } from './user-migration-trigger-options';
import {
  CUSTOM_MESSAGE_ENV, MAGIC_LINK_ENV, POST_AUTHENTICATION_ENV, POST_CONFIRMATION_ENV, PRE_SIGN_UP_ENV, PRE_TOKEN_GENERATION_ENV, USER_MIGRATION_ENV,
} from '../private/trigger-environment';

/** Drops unset settings: the handlers apply their own defaults to a missing variable. */
function defined(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

// A list token (a CommaDelimitedList parameter, Fn.split) can only be joined by CloudFormation.
const joined = (values: string[]) => (Token.isUnresolved(values) ? Fn.join(',', values) : values.join(','));
const list = (values?: string[]) => (values && values.length > 0 ? joined(values) : undefined);
const json = (value?: object) => (value && Object.keys(value).length > 0 ? JSON.stringify(value) : undefined);

/** Environment of the pre sign-up trigger. */
export function preSignUpEnvironment(options: PreSignUpTriggerOptions): Record<string, string> {
  return defined({
    [PRE_SIGN_UP_ENV.allowedDomains]: list(options.allowedDomains),
    [PRE_SIGN_UP_ENV.blockedDomains]: list(options.blockedDomains),
    [PRE_SIGN_UP_ENV.trustedDomains]: list(options.trustedDomains),
    [PRE_SIGN_UP_ENV.requiredAttributes]: list(options.requiredAttributes),
    [PRE_SIGN_UP_ENV.blockExternalProviders]: String(options.blockExternalProviders ?? false),
  });
}

/** Environment of the post confirmation trigger. */
export function postConfirmationEnvironment(options: PostConfirmationTriggerOptions): Record<string, string> {
  const sources = ['PostConfirmation_ConfirmSignUp', ...(options.includeForgotPasswordConfirmation ? ['PostConfirmation_ConfirmForgotPassword'] : [])];
  return defined({
    [POST_CONFIRMATION_ENV.defaultGroup]: options.defaultGroup,
    [POST_CONFIRMATION_ENV.tenantAttribute]: options.tenantAttribute,
    [POST_CONFIRMATION_ENV.tenantGroupTemplate]: options.tenantGroupTemplate,
    [POST_CONFIRMATION_ENV.triggerSources]: sources.join(','),
  });
}

/** Environment of the pre token generation trigger. */
export function preTokenGenerationEnvironment(options: PreTokenGenerationTriggerOptions): Record<string, string> {
  return defined({
    [PRE_TOKEN_GENERATION_ENV.tenantAttribute]: options.tenantAttribute,
    [PRE_TOKEN_GENERATION_ENV.tierAttribute]: options.tierAttribute,
    [PRE_TOKEN_GENERATION_ENV.claimMapping]: json(options.claimMapping),
    [PRE_TOKEN_GENERATION_ENV.accessTokenScopes]: list(options.accessTokenScopes),
  });
}

/** Environment of the custom message trigger. */
export function customMessageEnvironment(options: CustomMessageTriggerOptions): Record<string, string> {
  return defined({
    [CUSTOM_MESSAGE_ENV.brandName]: options.brandName,
    [CUSTOM_MESSAGE_ENV.templates]: json(options.templates),
  });
}

/** Environment of the user migration trigger. */
export function userMigrationEnvironment(options: UserMigrationTriggerOptions): Record<string, string> {
  return defined({
    [USER_MIGRATION_ENV.verifierUrl]: options.verifierUrl,
    [USER_MIGRATION_ENV.verifierTimeoutMillis]: options.verifierTimeout?.toMilliseconds().toString(),
    [USER_MIGRATION_ENV.messageAction]: options.sendWelcomeMessage ? 'RESEND' : 'SUPPRESS',
  });
}

/** Environment of the magic-link triggers (each reads only what it needs). */
export function magicLinkEnvironment(options: MagicLinkTriggerOptions, keyArn: string): Record<string, string> {
  return defined({
    [MAGIC_LINK_ENV.keyId]: keyArn,
    [MAGIC_LINK_ENV.senderAddress]: options.senderAddress,
    [MAGIC_LINK_ENV.baseUrl]: options.baseUrl,
    [MAGIC_LINK_ENV.ttlSeconds]: options.linkValidity?.toSeconds().toString(),
    [MAGIC_LINK_ENV.maxAttempts]: options.maxAttempts?.toString(),
    [MAGIC_LINK_ENV.maxEmailsPerUser]: options.maxEmailsPerUser?.toString(),
    [MAGIC_LINK_ENV.emailSubject]: options.emailSubject,
  });
}

/** Environment of the post authentication (last sign-in) trigger: the table, and DynamoDB's endpoint in the stack's partition. */
export function lastSignInEnvironment(tableName: string): Record<string, string> {
  return {
    [POST_AUTHENTICATION_ENV.tableName]: tableName,
    [POST_AUTHENTICATION_ENV.endpoint]: `https://dynamodb.${Aws.REGION}.${Aws.URL_SUFFIX}`,
  };
}
