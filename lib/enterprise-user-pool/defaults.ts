import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { MANAGED_BY_TAGS } from '../private/resource-tags';

/**
 * Every default of EnterpriseUserPool in one place. Each is overridable through the matching
 * `cognito.UserPoolProps` setting.
 */
export const ENTERPRISE_POOL_DEFAULTS = {
  featurePlan: cognito.FeaturePlan.PLUS,
  // Adaptive authentication and compromised-credential checks; needs the PLUS plan.
  standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
  passwordPolicy: {
    minLength: 12,
    requireLowercase: true,
    requireUppercase: true,
    requireDigits: true,
    requireSymbols: true,
    tempPasswordValidity: Duration.days(7),
    // Reuse prevention; needs the ESSENTIALS or PLUS plan.
    passwordHistorySize: 10,
  } satisfies cognito.PasswordPolicy,
  signInCaseSensitive: false,
  signInAliases: { username: true, email: true } satisfies cognito.SignInAliases,
  autoVerify: { email: true } satisfies cognito.AutoVerifiedAttrs,
  accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
  selfSignUpEnabled: false,
  standardAttributes: {
    email: { required: true, mutable: true },
    givenName: { required: true, mutable: true },
    familyName: { required: true, mutable: true },
  } satisfies cognito.StandardAttributes,
  customAttributes: {
    department: new cognito.StringAttribute({ minLen: 1, maxLen: 256, mutable: true }),
    employee_id: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: false }),
  } as { [name: string]: cognito.ICustomAttribute },
  mfa: cognito.Mfa.REQUIRED,
  // TOTP: no per-message cost and no SIM-swap exposure.
  mfaSecondFactor: { otp: true, sms: false, email: false } satisfies cognito.MfaSecondFactor,
  deviceTracking: {
    challengeRequiredOnNewDevice: true,
    deviceOnlyRememberedOnUserPrompt: true,
  } satisfies cognito.DeviceTracking,
  deletionProtection: true,
  removalPolicy: RemovalPolicy.RETAIN,
  userInvitation: {
    emailSubject: 'Your new account',
    emailBody: 'Hello {username}, an account has been created for you. Your temporary password is {####} and it must be changed at first sign-in.',
    smsMessage: 'Your username is {username} and your temporary password is {####}',
  } satisfies cognito.UserInvitationConfig,
  userVerification: {
    emailSubject: 'Verify your email address',
    emailBody: 'Your verification code is {####}',
    emailStyle: cognito.VerificationEmailStyle.CODE,
    smsMessage: 'Your verification code is {####}',
  } satisfies cognito.UserVerificationConfig,
  tags: MANAGED_BY_TAGS as { [key: string]: string },
};

/** Every default of an app client of an EnterpriseUserPool. */
export const ENTERPRISE_CLIENT_DEFAULTS = {
  generateSecret: false,
  authFlows: { userSrp: true } satisfies cognito.AuthFlow,
  // Clients without COGNITO sign users in through the OAuth endpoints only: refresh is their one
  // API flow. (An empty object would leave Cognito's defaults, SRP and custom auth, in place.)
  federatedAuthFlows: { userSrp: false } satisfies cognito.AuthFlow,
  oAuthFlows: { authorizationCodeGrant: true } satisfies cognito.OAuthFlows,
  oAuthScopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
  accessTokenValidity: Duration.hours(1),
  idTokenValidity: Duration.hours(1),
  refreshTokenValidity: Duration.days(30),
  authSessionValidity: Duration.minutes(3),
  enableTokenRevocation: true,
  preventUserExistenceErrors: true,
};

/** The hosted domain serves managed login (version 2) unless told otherwise. */
export const DEFAULT_MANAGED_LOGIN_VERSION = cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN;
