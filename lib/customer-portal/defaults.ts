import { Duration } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as logs from 'aws-cdk-lib/aws-logs';
import { SocialProvider } from './social-provider';

/**
 * How a customer portal's pool differs from EnterpriseUserPool's defaults; everything not listed
 * here (threat protection on PLUS, password history, verified-email recovery, device tracking,
 * retention, token lifetimes) is EnterpriseUserPool's.
 */
export const CUSTOMER_PORTAL_DEFAULTS = {
  // Customers register themselves and confirm their email address.
  selfSignUpEnabled: true,
  // Customers sign in with their email address; there is no separate username to remember.
  signInAliases: { email: true } satisfies cognito.SignInAliases,
  // Length over composition; compromised-credential checks of threat protection block breached passwords.
  passwordPolicy: {
    minLength: 8,
    requireLowercase: true,
    requireDigits: true,
    requireUppercase: false,
    requireSymbols: false,
  } satisfies cognito.PasswordPolicy,
  // Customers choose MFA; TOTP always, SMS too when the pool can send SMS.
  mfa: cognito.Mfa.OPTIONAL,
  mfaSecondFactor: { otp: true, email: false } satisfies Partial<cognito.MfaSecondFactor>,
  // The whole schema (it replaces EnterpriseUserPool's), in the order deployed pools declare it.
  standardAttributes: {
    email: { required: true, mutable: true },
    givenName: { required: false, mutable: true },
    familyName: { required: false, mutable: true },
    phoneNumber: { required: false, mutable: true },
  } satisfies cognito.StandardAttributes,
  // Immutable, so set once by an administrator when the customer is created (AdminCreateUser, as bulk
  // onboarding does); admin-only, so a self-registered customer can never claim one.
  customAttributes: {
    customer_id: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: false }),
  } as { [name: string]: cognito.ICustomAttribute },
  brandName: 'our customer portal',
  webClientName: 'portal-web',
};

/** Branded verification and invitation messages for a portal called `brand`. */
export function portalMessages(
  brand: string,
  emailStyle?: cognito.VerificationEmailStyle,
): { userVerification: cognito.UserVerificationConfig; userInvitation: cognito.UserInvitationConfig } {
  return {
    userVerification: {
      emailSubject: `Verify your email for ${brand}`,
      emailBody: emailStyle === cognito.VerificationEmailStyle.LINK
        ? `Welcome to ${brand}! Verify your email address: {##Verify Email##}`
        : `Welcome to ${brand}! Your verification code is {####}`,
      smsMessage: `Your ${brand} verification code is {####}`,
    },
    userInvitation: {
      emailSubject: `Your ${brand} account`,
      emailBody: `Hello {username}, your ${brand} account is ready. Your temporary password is {####}; you will choose your own at first sign-in.`,
      smsMessage: `Your ${brand} username is {username} and your temporary password is {####}`,
    },
  };
}

/** What each social provider asks for and copies into the profile unless told otherwise. */
export const SOCIAL_PROVIDER_DEFAULTS: { [provider: string]: { scopes: string[]; attributeMapping: cognito.AttributeMapping } } = {
  [SocialProvider.GOOGLE]: {
    scopes: ['openid', 'email', 'profile'],
    attributeMapping: {
      email: cognito.ProviderAttribute.GOOGLE_EMAIL,
      givenName: cognito.ProviderAttribute.GOOGLE_GIVEN_NAME,
      familyName: cognito.ProviderAttribute.GOOGLE_FAMILY_NAME,
      fullname: cognito.ProviderAttribute.GOOGLE_NAME,
      profilePicture: cognito.ProviderAttribute.GOOGLE_PICTURE,
    },
  },
  [SocialProvider.FACEBOOK]: {
    scopes: ['public_profile', 'email'],
    // Facebook's picture is a nested object, not a URL, so it is not mapped.
    attributeMapping: {
      email: cognito.ProviderAttribute.FACEBOOK_EMAIL,
      givenName: cognito.ProviderAttribute.FACEBOOK_FIRST_NAME,
      familyName: cognito.ProviderAttribute.FACEBOOK_LAST_NAME,
      fullname: cognito.ProviderAttribute.FACEBOOK_NAME,
    },
  },
  [SocialProvider.APPLE]: {
    scopes: ['email', 'name'],
    attributeMapping: {
      email: cognito.ProviderAttribute.APPLE_EMAIL,
      givenName: cognito.ProviderAttribute.APPLE_FIRST_NAME,
      familyName: cognito.ProviderAttribute.APPLE_LAST_NAME,
      fullname: cognito.ProviderAttribute.APPLE_NAME,
    },
  },
  [SocialProvider.AMAZON]: {
    scopes: ['profile'],
    attributeMapping: {
      email: cognito.ProviderAttribute.AMAZON_EMAIL,
      fullname: cognito.ProviderAttribute.AMAZON_NAME,
    },
  },
};

/** The web ACL the portal creates when asked for WAF protection without an ARN. */
export const PORTAL_WEB_ACL_DEFAULTS = {
  rateLimit: 300,
  evaluationWindow: Duration.minutes(5),
  logRetention: logs.RetentionDays.ONE_YEAR,
};
