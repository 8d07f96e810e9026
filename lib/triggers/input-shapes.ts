import { ANY, BOOLEAN, NUMBER, STRING, libStruct, listOf, mapOf, nested } from '../private/validation/shapes/shape';

/** The known keys of the bundled triggers' options. */
export const CUSTOM_MESSAGE_TEMPLATE_SHAPE = libStruct('CustomMessageTemplate', {
  subject: STRING,
  body: STRING,
});

export const PRE_SIGN_UP_TRIGGER_OPTIONS_SHAPE = libStruct('PreSignUpTriggerOptions', {
  allowedDomains: listOf(STRING),
  blockedDomains: listOf(STRING),
  trustedDomains: listOf(STRING),
  requiredAttributes: listOf(STRING),
  blockExternalProviders: BOOLEAN,
});

export const POST_CONFIRMATION_TRIGGER_OPTIONS_SHAPE = libStruct('PostConfirmationTriggerOptions', {
  defaultGroup: STRING,
  tenantAttribute: STRING,
  tenantGroupTemplate: STRING,
  includeForgotPasswordConfirmation: BOOLEAN,
});

export const PRE_TOKEN_GENERATION_TRIGGER_OPTIONS_SHAPE = libStruct('PreTokenGenerationTriggerOptions', {
  tenantAttribute: STRING,
  tierAttribute: STRING,
  claimMapping: mapOf(STRING),
  accessTokenScopes: listOf(STRING),
});

export const CUSTOM_MESSAGE_TRIGGER_OPTIONS_SHAPE = libStruct('CustomMessageTriggerOptions', {
  brandName: STRING,
  templates: mapOf(nested(CUSTOM_MESSAGE_TEMPLATE_SHAPE)),
});

export const USER_MIGRATION_TRIGGER_OPTIONS_SHAPE = libStruct('UserMigrationTriggerOptions', {
  verifierUrl: STRING,
  verifierTimeout: ANY,
  sendWelcomeMessage: BOOLEAN,
});

export const MAGIC_LINK_TRIGGER_OPTIONS_SHAPE = libStruct('MagicLinkTriggerOptions', {
  baseUrl: STRING,
  senderAddress: STRING,
  linkValidity: ANY,
  maxAttempts: NUMBER,
  maxEmailsPerUser: NUMBER,
  emailSubject: STRING,
  signingKey: ANY,
});

export const LAST_SIGN_IN_TRIGGER_OPTIONS_SHAPE = libStruct('LastSignInTriggerOptions', {
  encryptionKey: ANY,
  removalPolicy: ANY,
});

export const TRIGGER_HARDENING_OPTIONS_SHAPE = libStruct('TriggerHardeningOptions', {
  vpc: ANY,
  vpcSubnets: ANY,
  securityGroups: listOf(ANY),
  reservedConcurrentExecutions: NUMBER,
  logRetention: ANY,
  logEncryptionKey: ANY,
  memorySize: NUMBER,
  timeout: ANY,
});

export const BUNDLED_TRIGGERS_OPTIONS_SHAPE = libStruct('BundledTriggersOptions', {
  preSignUp: nested(PRE_SIGN_UP_TRIGGER_OPTIONS_SHAPE),
  postConfirmation: nested(POST_CONFIRMATION_TRIGGER_OPTIONS_SHAPE),
  preTokenGeneration: nested(PRE_TOKEN_GENERATION_TRIGGER_OPTIONS_SHAPE),
  customMessage: nested(CUSTOM_MESSAGE_TRIGGER_OPTIONS_SHAPE),
  userMigration: nested(USER_MIGRATION_TRIGGER_OPTIONS_SHAPE),
  magicLink: nested(MAGIC_LINK_TRIGGER_OPTIONS_SHAPE),
  lastSignIn: nested(LAST_SIGN_IN_TRIGGER_OPTIONS_SHAPE),
  hardening: nested(TRIGGER_HARDENING_OPTIONS_SHAPE),
});
