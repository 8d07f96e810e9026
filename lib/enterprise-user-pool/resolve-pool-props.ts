import * as cognito from 'aws-cdk-lib/aws-cognito';
import { ENTERPRISE_POOL_DEFAULTS as D } from './defaults';
import { EnterpriseUserPoolProps } from './enterprise-user-pool-props';

/**
 * Merges user props over the defaults. Settings objects merge field by field; choices replace.
 * Defaults that a chosen feature plan cannot carry are left out rather than failing the deploy,
 * while the same setting asked for explicitly still fails validation.
 */
export function resolvePoolProps(props: EnterpriseUserPoolProps): EnterpriseUserPoolProps {
  const featurePlan = props.featurePlan ?? D.featurePlan;
  const isPlus = featurePlan === cognito.FeaturePlan.PLUS;
  const isLite = featurePlan === cognito.FeaturePlan.LITE;
  const askedForLegacyAdvancedSecurity = props.advancedSecurityMode !== undefined;

  const { passwordHistorySize, ...passwordDefaults } = D.passwordPolicy;
  return {
    ...props,
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
    standardAttributes: { ...D.standardAttributes, ...props.standardAttributes },
    customAttributes: props.customAttributes ?? D.customAttributes,
    mfa: props.mfa ?? D.mfa,
    mfaSecondFactor: { ...D.mfaSecondFactor, ...props.mfaSecondFactor },
    deviceTracking: props.deviceTracking ?? D.deviceTracking,
    deletionProtection: props.deletionProtection ?? D.deletionProtection,
    removalPolicy: props.removalPolicy ?? D.removalPolicy,
    userInvitation: { ...D.userInvitation, ...props.userInvitation },
    userVerification: {
      ...D.userVerification,
      ...(props.userVerification?.emailStyle === cognito.VerificationEmailStyle.LINK ? LINK_VERIFICATION_DEFAULTS : {}),
      ...props.userVerification,
    },
    tags: { ...D.tags, ...props.tags },
  };
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

/** Immutable custom attributes are set once, at creation, so no client should write them. */
export function defaultAdminOnlyAttributes(customAttributes: { [name: string]: cognito.ICustomAttribute }): string[] {
  return Object.entries(customAttributes)
    // Custom attributes are immutable unless marked mutable.
    .filter(([, attribute]) => attribute.bind().mutable !== true)
    .map(([name]) => name);
}
