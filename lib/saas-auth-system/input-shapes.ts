import { ENTERPRISE_USER_POOL_FIELDS } from '../enterprise-user-pool/input-shapes';
import { ANY, BOOLEAN, STRING, libStruct, listOf } from '../private/validation/shapes/shape';

/** The known keys of SaasAuthSystem props. */
export const SAAS_AUTH_SYSTEM_SHAPE = libStruct('SaasAuthSystemProps', {
  ...ENTERPRISE_USER_POOL_FIELDS,
  callbackUrls: listOf(STRING),
  logoutUrls: listOf(STRING),
  webClientName: STRING,
  mobileClientName: STRING,
  saasTriggers: BOOLEAN,
  identityPoolName: STRING,
  allowGuestAccess: BOOLEAN,
  guestPolicyStatements: listOf(ANY),
  tenantGroups: listOf(STRING),
});
