/**
 * Environment-variable names shared by the bundled trigger handlers (lambda/) and the constructs
 * that configure them (lib/triggers/), so the two can never disagree.
 */

/** Pre sign-up trigger settings. */
export const PRE_SIGN_UP_ENV = {
  allowedDomains: 'ALLOWED_EMAIL_DOMAINS',
  blockedDomains: 'BLOCKED_EMAIL_DOMAINS',
  trustedDomains: 'TRUSTED_EMAIL_DOMAINS',
  requiredAttributes: 'REQUIRED_ATTRIBUTES',
  blockExternalProviders: 'BLOCK_EXTERNAL_PROVIDERS',
} as const;

/** Post confirmation trigger settings. */
export const POST_CONFIRMATION_ENV = {
  defaultGroup: 'DEFAULT_GROUP',
  tenantAttribute: 'TENANT_ATTRIBUTE',
  tenantGroupTemplate: 'TENANT_GROUP_TEMPLATE',
  triggerSources: 'TRIGGER_SOURCES',
} as const;

/** Pre token generation trigger settings. */
export const PRE_TOKEN_GENERATION_ENV = {
  tenantAttribute: 'TENANT_ATTRIBUTE',
  tierAttribute: 'TIER_ATTRIBUTE',
  claimMapping: 'CLAIM_MAPPING',
  accessTokenScopes: 'ACCESS_TOKEN_SCOPES',
} as const;

/** Custom message trigger settings. */
export const CUSTOM_MESSAGE_ENV = {
  brandName: 'BRAND_NAME',
  templates: 'MESSAGE_TEMPLATES',
} as const;

/** User migration trigger settings. */
export const USER_MIGRATION_ENV = {
  verifierUrl: 'VERIFIER_URL',
  verifierTimeoutMillis: 'VERIFIER_TIMEOUT_MILLIS',
  messageAction: 'MESSAGE_ACTION',
} as const;

/** Magic-link (custom authentication challenge) trigger settings. */
export const MAGIC_LINK_ENV = {
  keyId: 'MAGIC_LINK_KEY_ID',
  senderAddress: 'SENDER_ADDRESS',
  baseUrl: 'MAGIC_LINK_BASE_URL',
  ttlSeconds: 'MAGIC_LINK_TTL_SECONDS',
  maxAttempts: 'MAGIC_LINK_MAX_ATTEMPTS',
  emailSubject: 'MAGIC_LINK_EMAIL_SUBJECT',
  maxEmailsPerUser: 'MAGIC_LINK_MAX_EMAILS_PER_USER',
} as const;

/** Cognito triggers' source names the post confirmation trigger acts on by default. */
export const DEFAULT_POST_CONFIRMATION_SOURCES = ['PostConfirmation_ConfirmSignUp'] as const;

/** Placeholder a tenant group template must contain. */
export const TENANT_ID_PLACEHOLDER = '{tenantId}';

/** Claims Cognito owns: a trigger never adds, overrides or maps a user attribute onto them. */
export const RESERVED_CLAIMS: readonly string[] = [
  'acr', 'amr', 'at_hash', 'aud', 'auth_time', 'azp', 'c_hash', 'client_id', 'device_key', 'event_id', 'exp', 'iat',
  'identities', 'iss', 'jti', 'nbf', 'nonce', 'origin_jti', 'scope', 'sub', 'token_use', 'username', 'version',
];

/** True when the claim is reserved, including every `cognito:` claim. */
export function isReservedClaim(claim: string): boolean {
  return RESERVED_CLAIMS.includes(claim) || claim.startsWith('cognito:');
}

/** Claims the pre token generation trigger adds itself; a claim mapping may not reuse them. */
export const ADDED_CLAIMS = { tenant: 'tenant_id', tier: 'subscription_tier', roles: 'roles' } as const;

/** Placeholders of the custom message templates; `{code}` and `{username}` carry Cognito's own parameters. */
export const MESSAGE_PLACEHOLDERS = { code: '{code}', username: '{username}', name: '{name}', brand: '{brand}' } as const;

/** Custom message sources (the suffix after `CustomMessage_`) and whether their message must carry the username. */
export const MESSAGE_SOURCES: Readonly<Record<string, { readonly needsUsername: boolean }>> = {
  SignUp: { needsUsername: false },
  ResendCode: { needsUsername: false },
  ForgotPassword: { needsUsername: false },
  UpdateUserAttribute: { needsUsername: false },
  VerifyUserAttribute: { needsUsername: false },
  Authentication: { needsUsername: false },
  AdminCreateUser: { needsUsername: true },
};

/**
 * Inclusive bounds of the numeric settings, checked at synth and again at cold start. A magic link
 * lives at most 15 minutes because Cognito keeps a custom-auth session no longer.
 */
export const SETTING_BOUNDS = {
  verifierTimeoutMillis: { min: 100, max: 4_000, fallback: 2_500 },
  magicLinkTtlSeconds: { min: 60, max: 900, fallback: 300 },
  magicLinkMaxAttempts: { min: 1, max: 10, fallback: 3 },
  /** Sign-in emails one user may receive from one function instance within 15 minutes. */
  magicLinkMaxEmailsPerUser: { min: 1, max: 50, fallback: 5 },
} as const;

/** Names the placeholders a template body for the source lacks; empty when it is complete. */
export function missingPlaceholders(source: string, body: string): string[] {
  const { code, username } = MESSAGE_PLACEHOLDERS;
  const required = MESSAGE_SOURCES[source]?.needsUsername ? [code, username] : [code];
  return required.filter((placeholder) => !body.includes(placeholder));
}

/** Post authentication (last sign-in tracking) trigger settings. */
export const POST_AUTHENTICATION_ENV = {
  tableName: 'LAST_SIGN_IN_TABLE',
  endpoint: 'DYNAMODB_ENDPOINT',
} as const;
