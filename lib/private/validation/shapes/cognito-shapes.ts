import { ANY, BOOLEAN, NUMBER, STRING, cognitoStruct, nested } from './shape';

/** The known keys of the aws-cognito structs that EnterpriseUserPool and its clients accept. */
export const STANDARD_ATTRIBUTE_SHAPE = cognitoStruct('StandardAttribute', {
  mutable: BOOLEAN,
  required: BOOLEAN,
});

export const STANDARD_ATTRIBUTES_SHAPE = cognitoStruct('StandardAttributes', {
  address: nested(STANDARD_ATTRIBUTE_SHAPE),
  birthdate: nested(STANDARD_ATTRIBUTE_SHAPE),
  email: nested(STANDARD_ATTRIBUTE_SHAPE),
  familyName: nested(STANDARD_ATTRIBUTE_SHAPE),
  gender: nested(STANDARD_ATTRIBUTE_SHAPE),
  givenName: nested(STANDARD_ATTRIBUTE_SHAPE),
  locale: nested(STANDARD_ATTRIBUTE_SHAPE),
  middleName: nested(STANDARD_ATTRIBUTE_SHAPE),
  fullname: nested(STANDARD_ATTRIBUTE_SHAPE),
  nickname: nested(STANDARD_ATTRIBUTE_SHAPE),
  phoneNumber: nested(STANDARD_ATTRIBUTE_SHAPE),
  profilePicture: nested(STANDARD_ATTRIBUTE_SHAPE),
  preferredUsername: nested(STANDARD_ATTRIBUTE_SHAPE),
  profilePage: nested(STANDARD_ATTRIBUTE_SHAPE),
  timezone: nested(STANDARD_ATTRIBUTE_SHAPE),
  lastUpdateTime: nested(STANDARD_ATTRIBUTE_SHAPE),
  website: nested(STANDARD_ATTRIBUTE_SHAPE),
});

export const USER_VERIFICATION_CONFIG_SHAPE = cognitoStruct('UserVerificationConfig', {
  emailSubject: STRING,
  emailBody: STRING,
  emailStyle: ANY,
  smsMessage: STRING,
});

export const USER_INVITATION_CONFIG_SHAPE = cognitoStruct('UserInvitationConfig', {
  emailSubject: STRING,
  emailBody: STRING,
  smsMessage: STRING,
});

export const SIGN_IN_ALIASES_SHAPE = cognitoStruct('SignInAliases', {
  username: BOOLEAN,
  email: BOOLEAN,
  phone: BOOLEAN,
  preferredUsername: BOOLEAN,
});

export const AUTO_VERIFIED_ATTRS_SHAPE = cognitoStruct('AutoVerifiedAttrs', {
  email: BOOLEAN,
  phone: BOOLEAN,
});

export const KEEP_ORIGINAL_ATTRS_SHAPE = cognitoStruct('KeepOriginalAttrs', {
  email: BOOLEAN,
  phone: BOOLEAN,
});

export const MFA_SECOND_FACTOR_SHAPE = cognitoStruct('MfaSecondFactor', {
  sms: BOOLEAN,
  otp: BOOLEAN,
  email: BOOLEAN,
});

export const PASSWORD_POLICY_SHAPE = cognitoStruct('PasswordPolicy', {
  tempPasswordValidity: ANY,
  minLength: NUMBER,
  requireLowercase: BOOLEAN,
  requireUppercase: BOOLEAN,
  requireDigits: BOOLEAN,
  requireSymbols: BOOLEAN,
  passwordHistorySize: NUMBER,
});

export const ALLOWED_FIRST_AUTH_FACTORS_SHAPE = cognitoStruct('AllowedFirstAuthFactors', {
  password: BOOLEAN,
  emailOtp: BOOLEAN,
  smsOtp: BOOLEAN,
  passkey: BOOLEAN,
});

export const SIGN_IN_POLICY_SHAPE = cognitoStruct('SignInPolicy', {
  allowedFirstAuthFactors: nested(ALLOWED_FIRST_AUTH_FACTORS_SHAPE),
});

export const USER_POOL_TRIGGERS_SHAPE = cognitoStruct('UserPoolTriggers', {
  createAuthChallenge: ANY,
  customMessage: ANY,
  defineAuthChallenge: ANY,
  postAuthentication: ANY,
  postConfirmation: ANY,
  preAuthentication: ANY,
  preSignUp: ANY,
  preTokenGeneration: ANY,
  userMigration: ANY,
  verifyAuthChallengeResponse: ANY,
  customEmailSender: ANY,
  customSmsSender: ANY,
});

export const DEVICE_TRACKING_SHAPE = cognitoStruct('DeviceTracking', {
  challengeRequiredOnNewDevice: BOOLEAN,
  deviceOnlyRememberedOnUserPrompt: BOOLEAN,
});

export const AUTH_FLOW_SHAPE = cognitoStruct('AuthFlow', {
  adminUserPassword: BOOLEAN,
  custom: BOOLEAN,
  userPassword: BOOLEAN,
  userSrp: BOOLEAN,
  user: BOOLEAN,
});

export const OAUTH_FLOWS_SHAPE = cognitoStruct('OAuthFlows', {
  authorizationCodeGrant: BOOLEAN,
  implicitCodeGrant: BOOLEAN,
  clientCredentials: BOOLEAN,
});
