import { ENTERPRISE_USER_POOL_FIELDS } from '../enterprise-user-pool/input-shapes';
import { ANY, BOOLEAN, STRING, libStruct, listOf, nested } from '../private/validation/shapes/shape';

/** The known keys of EnterpriseSso props and their list entries. */
export const SAML_PROVIDER_OPTIONS_SHAPE = libStruct('SamlProviderOptions', {
  name: STRING,
  metadataUrl: STRING,
  metadataDocument: STRING,
  preset: ANY,
  attributeMapping: ANY,
  identifiers: listOf(STRING),
  signRequests: BOOLEAN,
  encryptedResponses: BOOLEAN,
  idpInitiated: BOOLEAN,
  idpSignout: BOOLEAN,
});

export const OIDC_PROVIDER_OPTIONS_SHAPE = libStruct('OidcProviderOptions', {
  name: STRING,
  issuerUrl: STRING,
  clientId: STRING,
  clientSecret: ANY,
  scopes: listOf(STRING),
  attributeRequestMethod: ANY,
  attributeMapping: ANY,
  identifiers: listOf(STRING),
  endpoints: ANY,
});

export const SSO_IDENTITY_POOL_OPTIONS_SHAPE = libStruct('SsoIdentityPoolOptions', {
  identityPoolName: STRING,
  rules: listOf(ANY),
  resolveAmbiguousRoles: BOOLEAN,
  authenticatedRole: ANY,
});

export const ENTERPRISE_SSO_SHAPE = libStruct('EnterpriseSsoProps', {
  ...ENTERPRISE_USER_POOL_FIELDS,
  samlProviders: listOf(nested(SAML_PROVIDER_OPTIONS_SHAPE)),
  oidcProviders: listOf(nested(OIDC_PROVIDER_OPTIONS_SHAPE)),
  identityPool: nested(SSO_IDENTITY_POOL_OPTIONS_SHAPE),
});
