import { Duration } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { IdentityPolicyVariables as V } from '../identity/identity-policy-variables';
import { TENANT_ID_PLACEHOLDER } from '../private/trigger-environment';

/** The custom attribute that holds a user's tenant id. */
export const TENANT_ATTRIBUTE = 'tenant_id';
/** The custom attribute that holds a user's subscription tier. */
export const TIER_ATTRIBUTE = 'subscription_tier';

/**
 * How a SaasAuthSystem's pool differs from EnterpriseUserPool's defaults. Everything not named
 * here is EnterpriseUserPool's default.
 */
export const SAAS_POOL_DEFAULTS = {
  // Merged over the enterprise policy, which keeps every character class and the history.
  passwordPolicy: { minLength: 14, tempPasswordValidity: Duration.days(3) } satisfies cognito.PasswordPolicy,
  // Customers sign themselves up and choose whether to enrol a TOTP app.
  mfa: cognito.Mfa.OPTIONAL,
  selfSignUpEnabled: true,
  customAttributes: {
    company_name: new cognito.StringAttribute({ minLen: 1, maxLen: 256, mutable: true }),
    [TIER_ATTRIBUTE]: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
    // Immutable: a user's tenant never changes, and an id is never reused for another tenant.
    [TENANT_ATTRIBUTE]: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: false }),
  } as { [name: string]: cognito.ICustomAttribute },
  // Added to EnterpriseUserPool's immutable attributes: both drive authorization, so only
  // administrators may set them, or a user could move tenant or upgrade their own tier.
  adminOnlyAttributes: [TENANT_ATTRIBUTE, TIER_ATTRIBUTE],
};

/** The bundled triggers a SaasAuthSystem turns on. */
export const SAAS_TRIGGER_DEFAULTS = {
  // Cognito cannot mark a custom attribute required; the trigger enforces it at sign-up.
  preSignUp: { requiredAttributes: ['custom:company_name'] },
  postConfirmation: { tenantAttribute: `custom:${TENANT_ATTRIBUTE}` },
  preTokenGeneration: { tenantAttribute: `custom:${TENANT_ATTRIBUTE}`, tierAttribute: `custom:${TIER_ATTRIBUTE}` },
};

/** The app clients of a SaasAuthSystem. */
export const SAAS_CLIENT_DEFAULTS = {
  webClientName: 'web',
  mobileClientName: 'mobile',
};

/** The identity pool of a SaasAuthSystem. */
export const SAAS_IDENTITY_POOL_DEFAULTS = {
  allowGuestAccess: false,
  // The classic (basic) flow lets a client pick any role the pool trusts; the enhanced flow
  // lets the identity pool choose it.
  allowClassicFlow: false,
};

/** Token claims copied into principal tags for attribute-based access control. */
export const SAAS_PRINCIPAL_TAGS: { [tag: string]: string } = {
  [V.TENANT_ID_TAG]: `custom:${TENANT_ATTRIBUTE}`,
  [V.SUBSCRIPTION_TIER_TAG]: `custom:${TIER_ATTRIBUTE}`,
};

/** Tenant group names are `tenant-<id>`, the post confirmation trigger's template. */
export const TENANT_GROUP_PREFIX = 'tenant-';
export const TENANT_GROUP_TEMPLATE = `${TENANT_GROUP_PREFIX}${TENANT_ID_PLACEHOLDER}`;

/** The tenant id format the post confirmation trigger accepts. */
export const TENANT_ID_FORMAT = /^[A-Za-z0-9_.-]{1,64}$/;

/** Past this many tenant groups, ABAC principal tags serve better than one role per tenant. */
export const TENANT_GROUP_WARNING_THRESHOLD = 25;
