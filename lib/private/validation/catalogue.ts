import { RuleSeverity, SynthRule } from './rule';
import { ADMIN_ONLY_ATTRIBUTES_RULE } from './rules/admin-only-attributes';
import { CLIENT_ATTRIBUTES_RULE } from './rules/client-attributes';
import { CLIENT_AUTH_SESSION_VALIDITY_RULE } from './rules/client-auth-session-validity';
import { CLIENT_CONTEXT_DATA_RULE } from './rules/client-context-data';
import { CLIENT_IDENTITY_PROVIDERS_RULE } from './rules/client-identity-providers';
import { CLIENT_IMPLICIT_GRANT_RULE } from './rules/client-implicit-grant';
import { CLIENT_LIST_LIMITS_RULE } from './rules/client-list-limits';
import { CLIENT_MAPPED_ATTRIBUTES_RULE } from './rules/client-mapped-attributes';
import { CLIENT_NAME_RULE } from './rules/client-name';
import { CLIENT_OAUTH_FLOWS_RULE } from './rules/client-oauth-flows';
import { CLIENT_REDIRECT_URLS_RULE } from './rules/client-redirect-urls';
import { CLIENT_REQUIRED_ATTRIBUTES_RULE } from './rules/client-required-attributes';
import { CLIENT_RESOURCE_SCOPES_RULE } from './rules/client-resource-scopes';
import { CLIENT_TOKEN_VALIDITY_RULE } from './rules/client-token-validity';
import { CLIENT_USER_AUTH_PLAN_RULE } from './rules/client-user-auth-plan';
import { CUSTOM_ATTRIBUTE_CONSTRAINTS_RULE } from './rules/custom-attribute-constraints';
import { CUSTOM_ATTRIBUTES_RULE } from './rules/custom-attributes';
import { DOMAIN_CERTIFICATE_RULE } from './rules/domain-certificate';
import { DOMAIN_CHOICE_RULE } from './rules/domain-choice';
import { DOMAIN_CUSTOM_NAME_RULE } from './rules/domain-custom-name';
import { DOMAIN_PREFIX_RULE } from './rules/domain-prefix';
import { GROUP_SETTINGS_RULE } from './rules/group-settings';
import { IDENTITY_POOL_NAME_RULE } from './rules/identity-pool-name';
import { IDP_ATTRIBUTE_MAPPING_RULE } from './rules/idp-attribute-mapping';
import { IDP_ATTRIBUTE_MAPPING_UNKNOWN_RULE } from './rules/idp-attribute-mapping-unknown';
import { IDP_OIDC_RULE } from './rules/idp-oidc';
import { IDP_OIDC_SCOPES_RULE } from './rules/idp-oidc-scopes';
import { IDP_SAML_METADATA_RULE } from './rules/idp-saml-metadata';
import { INPUT_SHAPE_RULE } from './rules/input-shape';
import { INVITATION_MESSAGES_RULE } from './rules/invitation-messages';
import { MACHINE_CLIENT_DOMAIN_RULE } from './rules/machine-client-domain';
import { MFA_FACTORS_RULE } from './rules/mfa-factors';
import { PASSKEY_DOMAIN_RULE } from './rules/passkey-domain';
import { PASSKEY_RELYING_PARTY_RULE } from './rules/passkey-relying-party';
import { PASSKEY_RELYING_PARTY_DOMAIN_RULE } from './rules/passkey-relying-party-domain';
import { PASSWORD_HISTORY_RULE } from './rules/password-history';
import { PASSWORD_LENGTH_RULE } from './rules/password-length';
import { PASSWORDLESS_EMAIL_QUOTA_RULE } from './rules/passwordless-email-quota';
import { PASSWORDLESS_SIGN_IN_RULE } from './rules/passwordless-sign-in';
import { POOL_NAME_RULE } from './rules/pool-name';
import { POOL_RETENTION_RULE } from './rules/pool-retention';
import { POOL_TAGS_RULE } from './rules/pool-tags';
import { POOL_TEARDOWN_RULE } from './rules/pool-teardown';
import { POOL_TEARDOWN_PROTECTION_RULE } from './rules/pool-teardown-protection';
import { RESOURCE_SERVER_RULE } from './rules/resource-server';
import { TEMPORARY_PASSWORD_VALIDITY_RULE } from './rules/temporary-password-validity';
import { THREAT_PROTECTION_PLAN_RULE } from './rules/threat-protection-plan';
import { TRIGGER_COMBINATIONS_RULE } from './rules/trigger-combinations';
import { TRIGGER_POST_AUTHENTICATION_RULE } from './rules/trigger-post-authentication';
import { TRIGGER_RISKS_RULE } from './rules/trigger-risks';
import { VERIFICATION_MESSAGES_RULE } from './rules/verification-messages';
import {
  ClientScopesSubject, ClientSubject, DomainSubject, GroupSubject, IdentityPoolSubject, IdentityProviderSubject, PoolClientSubject, PoolSubject,
  ResourceServerSubject, TokenEndpointSubject,
} from './subjects';

export const POOL_RULES: ReadonlyArray<SynthRule<PoolSubject>> = [
  POOL_NAME_RULE,
  PASSWORD_LENGTH_RULE,
  TEMPORARY_PASSWORD_VALIDITY_RULE,
  PASSWORD_HISTORY_RULE,
  THREAT_PROTECTION_PLAN_RULE,
  CUSTOM_ATTRIBUTES_RULE,
  VERIFICATION_MESSAGES_RULE,
  INVITATION_MESSAGES_RULE,
  MFA_FACTORS_RULE,
  PASSWORDLESS_SIGN_IN_RULE,
  PASSWORDLESS_EMAIL_QUOTA_RULE,
  ADMIN_ONLY_ATTRIBUTES_RULE,
  POOL_RETENTION_RULE,
  POOL_TEARDOWN_RULE,
  POOL_TEARDOWN_PROTECTION_RULE,
  TRIGGER_COMBINATIONS_RULE,
  TRIGGER_POST_AUTHENTICATION_RULE,
  TRIGGER_RISKS_RULE,
  POOL_TAGS_RULE,
  CUSTOM_ATTRIBUTE_CONSTRAINTS_RULE,
  PASSKEY_RELYING_PARTY_RULE,
  PASSKEY_RELYING_PARTY_DOMAIN_RULE,
  PASSKEY_DOMAIN_RULE,
];

export const CLIENT_RULES: ReadonlyArray<SynthRule<ClientSubject>> = [
  CLIENT_NAME_RULE,
  CLIENT_TOKEN_VALIDITY_RULE,
  CLIENT_AUTH_SESSION_VALIDITY_RULE,
  CLIENT_REDIRECT_URLS_RULE,
  CLIENT_OAUTH_FLOWS_RULE,
  CLIENT_CONTEXT_DATA_RULE,
  CLIENT_IMPLICIT_GRANT_RULE,
  CLIENT_LIST_LIMITS_RULE,
  CLIENT_USER_AUTH_PLAN_RULE,
];

export const DOMAIN_RULES: ReadonlyArray<SynthRule<DomainSubject>> = [
  DOMAIN_CHOICE_RULE,
  DOMAIN_PREFIX_RULE,
  DOMAIN_CERTIFICATE_RULE,
  DOMAIN_CUSTOM_NAME_RULE,
];

export const GROUP_RULES: ReadonlyArray<SynthRule<GroupSubject>> = [GROUP_SETTINGS_RULE];

/** Rules on each identity provider registered on a pool, checked once the pool is complete. */
export const PROVIDER_RULES: ReadonlyArray<SynthRule<IdentityProviderSubject>> = [
  IDP_ATTRIBUTE_MAPPING_RULE,
  IDP_ATTRIBUTE_MAPPING_UNKNOWN_RULE,
  IDP_SAML_METADATA_RULE,
  IDP_OIDC_RULE,
  IDP_OIDC_SCOPES_RULE,
];

/** Rules on each app client against its pool's attributes and providers, checked once the pool is complete. */
export const POOL_CLIENT_RULES: ReadonlyArray<SynthRule<PoolClientSubject>> = [
  CLIENT_IDENTITY_PROVIDERS_RULE,
  CLIENT_ATTRIBUTES_RULE,
  CLIENT_MAPPED_ATTRIBUTES_RULE,
  CLIENT_REQUIRED_ATTRIBUTES_RULE,
];

/** Checked once the whole app is built, since resource servers may be added to a pool at any time. */
export const RESOURCE_SERVER_RULES: ReadonlyArray<SynthRule<ResourceServerSubject>> = [RESOURCE_SERVER_RULE];

/** Checked once the whole app is built, against the resource servers of the client's pool. */
export const CLIENT_SCOPE_RULES: ReadonlyArray<SynthRule<ClientScopesSubject>> = [CLIENT_RESOURCE_SCOPES_RULE];

/** Checked once the whole app is built, since a domain may be added to a pool at any time. */
export const MACHINE_CLIENT_POOL_RULES: ReadonlyArray<SynthRule<TokenEndpointSubject>> = [MACHINE_CLIENT_DOMAIN_RULE];

/** Checked by every scenario construct that creates an identity pool. */
export const IDENTITY_POOL_RULES: ReadonlyArray<SynthRule<IdentityPoolSubject>> = [IDENTITY_POOL_NAME_RULE];

/** A rule as listed in the docs table. */
export interface RuleDescription {
  readonly id: string;
  readonly appliesTo: string;
  readonly severity: RuleSeverity;
  readonly statement: string;
  readonly source: string;
}

/** Every synth-time rule, for the generated docs table. Scenario constructs add their own. */
export function describeRules(extra: ReadonlyArray<SynthRule<never>> = []): RuleDescription[] {
  const all: ReadonlyArray<SynthRule<never>> = [
    INPUT_SHAPE_RULE, ...POOL_RULES, ...CLIENT_RULES, ...DOMAIN_RULES, ...GROUP_RULES, ...PROVIDER_RULES, ...POOL_CLIENT_RULES,
    ...RESOURCE_SERVER_RULES, ...CLIENT_SCOPE_RULES, ...MACHINE_CLIENT_POOL_RULES, ...IDENTITY_POOL_RULES, ...extra,
  ];
  return all.map(({ id, appliesTo, severity, statement, source }) => ({ id, appliesTo, severity, statement, source }));
}
