import { MACHINE_CLIENT_SHAPE, RESOURCE_SERVER_SHAPE } from '../api-access/input-shapes';
import {
  AUTH_FLOW_SHAPE, AUTO_VERIFIED_ATTRS_SHAPE, DEVICE_TRACKING_SHAPE, KEEP_ORIGINAL_ATTRS_SHAPE, MFA_SECOND_FACTOR_SHAPE,
  OAUTH_FLOWS_SHAPE, PASSWORD_POLICY_SHAPE, SIGN_IN_ALIASES_SHAPE, SIGN_IN_POLICY_SHAPE, STANDARD_ATTRIBUTES_SHAPE,
  USER_INVITATION_CONFIG_SHAPE, USER_POOL_TRIGGERS_SHAPE, USER_VERIFICATION_CONFIG_SHAPE,
} from '../private/validation/shapes/cognito-shapes';
import { ANY, BOOLEAN, libStruct, listOf, mapOf, nested, NUMBER, STRING } from '../private/validation/shapes/shape';
import { BUNDLED_TRIGGERS_OPTIONS_SHAPE } from '../triggers/input-shapes';

/** The known keys of an app client's options. */
export const ENTERPRISE_APP_CLIENT_SHAPE = libStruct('EnterpriseAppClientOptions', {
  name: STRING,
  generateSecret: BOOLEAN,
  authFlows: nested(AUTH_FLOW_SHAPE),
  callbackUrls: listOf(STRING),
  logoutUrls: listOf(STRING),
  defaultRedirectUri: STRING,
  oAuthFlows: nested(OAUTH_FLOWS_SHAPE),
  oAuthScopes: listOf(ANY),
  supportedIdentityProviders: listOf(ANY),
  accessTokenValidity: ANY,
  idTokenValidity: ANY,
  refreshTokenValidity: ANY,
  authSessionValidity: ANY,
  enableTokenRevocation: BOOLEAN,
  preventUserExistenceErrors: BOOLEAN,
  enablePropagateAdditionalUserContextData: BOOLEAN,
  readAttributes: ANY,
  writeAttributes: ANY,
});

/** The known keys of a group's options. */
export const POOL_GROUP_SHAPE = libStruct('PoolGroupOptions', {
  name: STRING,
  description: STRING,
  precedence: NUMBER,
  role: ANY,
});

export const HOSTED_DOMAIN_SHAPE = libStruct('HostedDomainOptions', {
  cognitoDomainPrefix: STRING,
  customDomainName: STRING,
  certificate: ANY,
  managedLoginVersion: ANY,
});

export const PASSWORDLESS_SHAPE = libStruct('PasswordlessOptions', {
  passkeys: BOOLEAN,
  passkeyRelyingPartyId: STRING,
  passkeyUserVerification: ANY,
  emailOtp: BOOLEAN,
  smsOtp: BOOLEAN,
});

export const POOL_OUTPUTS_SHAPE = libStruct('PoolOutputsOptions', {
  cfnOutputs: BOOLEAN,
  exportPrefix: STRING,
  ssmParameterPrefix: STRING,
});

/** Every key of EnterpriseUserPoolProps, `cognito.UserPoolProps` included; scenario props extend it. */
export const ENTERPRISE_USER_POOL_FIELDS = {
  // cognito.UserPoolProps
  userPoolName: STRING,
  selfSignUpEnabled: BOOLEAN,
  userVerification: nested(USER_VERIFICATION_CONFIG_SHAPE),
  userInvitation: nested(USER_INVITATION_CONFIG_SHAPE),
  smsRole: ANY,
  smsRoleExternalId: STRING,
  snsRegion: STRING,
  enableSmsRole: BOOLEAN,
  signInAliases: nested(SIGN_IN_ALIASES_SHAPE),
  autoVerify: nested(AUTO_VERIFIED_ATTRS_SHAPE),
  keepOriginal: nested(KEEP_ORIGINAL_ATTRS_SHAPE),
  standardAttributes: nested(STANDARD_ATTRIBUTES_SHAPE),
  customAttributes: mapOf(ANY),
  mfa: ANY,
  mfaMessage: STRING,
  mfaSecondFactor: nested(MFA_SECOND_FACTOR_SHAPE),
  passwordPolicy: nested(PASSWORD_POLICY_SHAPE),
  signInPolicy: nested(SIGN_IN_POLICY_SHAPE),
  passkeyRelyingPartyId: STRING,
  passkeyUserVerification: ANY,
  email: ANY,
  lambdaTriggers: nested(USER_POOL_TRIGGERS_SHAPE),
  signInCaseSensitive: BOOLEAN,
  accountRecovery: ANY,
  removalPolicy: ANY,
  deletionProtection: BOOLEAN,
  deviceTracking: nested(DEVICE_TRACKING_SHAPE),
  customSenderKmsKey: ANY,
  advancedSecurityMode: ANY,
  featurePlan: ANY,
  standardThreatProtectionMode: ANY,
  customThreatProtectionMode: ANY,
  // EnterpriseUserPoolProps
  appClients: listOf(nested(ENTERPRISE_APP_CLIENT_SHAPE)),
  groups: listOf(nested(POOL_GROUP_SHAPE)),
  domain: nested(HOSTED_DOMAIN_SHAPE),
  passwordless: nested(PASSWORDLESS_SHAPE),
  triggers: nested(BUNDLED_TRIGGERS_OPTIONS_SHAPE),
  adminOnlyAttributes: listOf(STRING),
  outputs: nested(POOL_OUTPUTS_SHAPE),
  tags: mapOf(STRING),
  resourceServers: listOf(nested(RESOURCE_SERVER_SHAPE)),
  machineClients: listOf(nested(MACHINE_CLIENT_SHAPE)),
};

export const ENTERPRISE_USER_POOL_SHAPE = libStruct('EnterpriseUserPoolProps', ENTERPRISE_USER_POOL_FIELDS);
