import { RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { ENTERPRISE_POOL_DEFAULTS as D } from './defaults';
import { EnterpriseUserPoolProps } from './enterprise-user-pool-props';
import { resolveSignIn } from './resolve-sign-in';

/**
 * Merges user props over the defaults. Settings objects merge field by field; choices (and the
 * attribute schema) replace. Defaults that a chosen feature plan cannot carry are left out rather
 * than failing the deploy, while the same setting asked for explicitly still fails validation.
 * Equivalent spellings are folded into one: `passwordless` into `signInPolicy` and the passkey
 * settings, so rules judge the pool however it was configured.
 */
export function resolvePoolProps(props: EnterpriseUserPoolProps): EnterpriseUserPoolProps {
  const featurePlan = props.featurePlan ?? D.featurePlan;
  const isPlus = featurePlan === cognito.FeaturePlan.PLUS;
  const isLite = featurePlan === cognito.FeaturePlan.LITE;
  const askedForLegacyAdvancedSecurity = props.advancedSecurityMode !== undefined;

  const { passwordHistorySize, ...passwordDefaults } = D.passwordPolicy;
  // Merged with Object.assign: V8 builds a spread followed by literal keys one key at a time,
  // which costs about as much as the rest of resolving.
  return Object.assign({}, props, resolveSignIn(props), {
    featurePlan,
    standardThreatProtectionMode: props.standardThreatProtectionMode
      ?? (isPlus && !askedForLegacyAdvancedSecurity ? D.standardThreatProtectionMode : undefined),
    passwordPolicy: {
      ...passwordDefaults,
      ...(isLite ? {} : { passwordHistorySize }),
      ...props.passwordPolicy,
    },
    signInCaseSensitive: props.signInCaseSensitive ?? D.signInCaseSensitive,
    signInAliases: props.signInAliases ?? D.signInAliases,
    autoVerify: props.autoVerify ?? D.autoVerify,
    keepOriginal: props.keepOriginal ?? keepOriginalFor(props.autoVerify ?? D.autoVerify),
    accountRecovery: props.accountRecovery ?? D.accountRecovery,
    selfSignUpEnabled: props.selfSignUpEnabled ?? D.selfSignUpEnabled,
    standardAttributes: props.standardAttributes ?? D.standardAttributes,
    customAttributes: props.customAttributes ?? D.customAttributes,
    mfa: props.mfa ?? D.mfa,
    mfaSecondFactor: { ...D.mfaSecondFactor, ...props.mfaSecondFactor },
    deviceTracking: props.deviceTracking ?? D.deviceTracking,
    // A pool asked to be destroyed with its stack cannot be while protected (CE-POOL-TEARDOWN-PROTECTION).
    deletionProtection: props.deletionProtection ?? (props.removalPolicy === RemovalPolicy.DESTROY ? false : D.deletionProtection),
    removalPolicy: props.removalPolicy ?? D.removalPolicy,
    userInvitation: { ...D.userInvitation, ...props.userInvitation },
    userVerification: {
      ...D.userVerification,
      ...(props.userVerification?.emailStyle === cognito.VerificationEmailStyle.LINK ? LINK_VERIFICATION_DEFAULTS : {}),
      ...props.userVerification,
    },
    tags: { ...D.tags, ...props.tags },
  });
}

const LINK_VERIFICATION_DEFAULTS = {
  emailBody: 'Verify your email address: {##Verify Email##}',
};

/**
 * Keeps each auto-verified address until its replacement is verified: a typo in a new address
 * then never locks the user out, and an unproven address never receives codes or links.
 */
function keepOriginalFor(autoVerify: cognito.AutoVerifiedAttrs): cognito.KeepOriginalAttrs | undefined {
  const keep = { email: autoVerify.email === true, phone: autoVerify.phone === true };
  return keep.email || keep.phone ? keep : undefined;
}

/**
 * The custom attributes no client may write, by name without `custom:`. Entries may be written
 * with or without the prefix; CE-ADMIN-ONLY-ATTRIBUTES checks that each names one of the pool's.
 */
export function adminOnlyAttributeNames(props: EnterpriseUserPoolProps): string[] {
  const given = props.adminOnlyAttributes ?? defaultAdminOnlyAttributes(props.customAttributes ?? {});
  return given.map((name) => name.replace(/^custom:/, ''));
}

/** Immutable custom attributes are set once, at creation, so no client should write them. */
export function defaultAdminOnlyAttributes(customAttributes: { [name: string]: cognito.ICustomAttribute }): string[] {
  return Object.entries(customAttributes)
    // Custom attributes are immutable unless marked mutable.
    .filter(([, attribute]) => attribute.bind().mutable !== true)
    .map(([name]) => name);
}
