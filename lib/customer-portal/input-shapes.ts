import { ENTERPRISE_USER_POOL_FIELDS } from '../enterprise-user-pool/input-shapes';
import { ANY, NUMBER, STRING, libStruct, listOf, nested } from '../private/validation/shapes/shape';

/** The known keys of CustomerPortal props and their list entries. */
export const SOCIAL_PROVIDER_SECRET_SHAPE = libStruct('SocialProviderSecret', {
  secret: ANY,
  jsonField: STRING,
});

export const SOCIAL_PROVIDER_OPTIONS_SHAPE = libStruct('SocialProviderOptions', {
  provider: ANY,
  clientId: STRING,
  clientSecret: nested(SOCIAL_PROVIDER_SECRET_SHAPE),
  teamId: STRING,
  keyId: STRING,
  privateKey: nested(SOCIAL_PROVIDER_SECRET_SHAPE),
  scopes: listOf(STRING),
  attributeMapping: ANY,
  facebookApiVersion: STRING,
});

export const PORTAL_WEB_ACL_OPTIONS_SHAPE = libStruct('PortalWebAclOptions', {
  webAclArn: STRING,
  rateLimit: NUMBER,
  evaluationWindow: ANY,
  logRetention: ANY,
});

export const CUSTOMER_PORTAL_SHAPE = libStruct('CustomerPortalProps', {
  ...ENTERPRISE_USER_POOL_FIELDS,
  callbackUrls: listOf(STRING),
  logoutUrls: listOf(STRING),
  defaultRedirectUri: STRING,
  webClientName: STRING,
  webClientScopes: listOf(ANY),
  socialProviders: listOf(nested(SOCIAL_PROVIDER_OPTIONS_SHAPE)),
  webAcl: nested(PORTAL_WEB_ACL_OPTIONS_SHAPE),
  brandName: STRING,
});
