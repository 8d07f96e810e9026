import { ATTRIBUTE_MAPPING_TARGETS_RULE } from './attribute-mapping-targets';
import { CLIENT_OAUTH_RULE } from './client-oauth';
import { CLIENT_PROVIDERS_RULE } from './client-providers';
import { DOMAIN_REQUIRED_RULE } from './domain-required';
import { IDENTITY_POOL_ROLE_MAPPING_RULE } from './identity-pool-role-mapping';
import { IDP_IDENTIFIERS_RULE } from './idp-identifiers';
import { IDP_IDENTIFIERS_UNIQUE_RULE } from './idp-identifiers-unique';
import { OIDC_CLIENT_SECRET_RULE } from './oidc-client-secret';
import { OIDC_ISSUER_RULE } from './oidc-issuer';
import { PROVIDER_NAME_RULE } from './provider-name';
import { PROVIDER_NAMES_UNIQUE_RULE } from './provider-names-unique';
import { PROVIDERS_REQUIRED_RULE } from './providers-required';
import { REQUIRED_ATTRIBUTES_MAPPED_RULE } from './required-attributes-mapped';
import { SAML_METADATA_RULE } from './saml-metadata';
import { ProviderSubject, SsoClientSubject, SsoIdentityPoolSubject, SsoSubject } from './subjects';
import { SynthRule } from '../../private/validation/rule';

/** Rules every provider is checked against before it is created. */
export const SSO_PROVIDER_RULES: ReadonlyArray<SynthRule<ProviderSubject>> = [
  PROVIDER_NAME_RULE,
  SAML_METADATA_RULE,
  OIDC_ISSUER_RULE,
  OIDC_CLIENT_SECRET_RULE,
  IDP_IDENTIFIERS_RULE,
  ATTRIBUTE_MAPPING_TARGETS_RULE,
  REQUIRED_ATTRIBUTES_MAPPED_RULE,
];

/** Rules on the providers together and on what the construct needs. */
export const SSO_RULES: ReadonlyArray<SynthRule<SsoSubject>> = [
  PROVIDERS_REQUIRED_RULE,
  DOMAIN_REQUIRED_RULE,
  PROVIDER_NAMES_UNIQUE_RULE,
  IDP_IDENTIFIERS_UNIQUE_RULE,
];

/** Rules on each app client's identity providers. */
export const SSO_CLIENT_RULES: ReadonlyArray<SynthRule<SsoClientSubject>> = [CLIENT_PROVIDERS_RULE, CLIENT_OAUTH_RULE];

/** Rules on the identity pool. */
export const SSO_IDENTITY_POOL_RULES: ReadonlyArray<SynthRule<SsoIdentityPoolSubject>> = [IDENTITY_POOL_ROLE_MAPPING_RULE];

/** Every EnterpriseSso rule, for the docs catalogue (`describeRules(ENTERPRISE_SSO_RULES)`). */
export const ENTERPRISE_SSO_RULES: ReadonlyArray<SynthRule<never>> = [
  ...SSO_RULES,
  ...SSO_PROVIDER_RULES,
  ...SSO_CLIENT_RULES,
  ...SSO_IDENTITY_POOL_RULES,
];
