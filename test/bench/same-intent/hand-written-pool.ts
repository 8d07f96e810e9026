import { CfnOutput, Duration, RemovalPolicy, Tags } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/** What varies between the hand-written pools of the scenarios. */
export interface HandWrittenPoolOptions {
  readonly selfSignUp: boolean;
  readonly mfa: cognito.Mfa;
  readonly minLength: number;
  readonly requireSymbols?: boolean;
  readonly requireUppercase?: boolean;
  readonly tempPasswordDays: number;
  readonly signInAliases: cognito.SignInAliases;
  readonly requireNames?: boolean;
  readonly phoneNumber?: boolean;
  readonly customAttributes: { [name: string]: cognito.ICustomAttribute };
  readonly lambdaTriggers?: cognito.UserPoolTriggers;
  readonly messages?: { brand: string };
}

/**
 * The user pool a careful engineer writes with aws-cdk-lib alone: the same security settings as
 * the library's (plan, MFA, password policy and history, threat protection, device tracking,
 * verified-email recovery, deletion protection, RETAIN) and the same messages.
 */
export function handWrittenPool(scope: Construct, options: HandWrittenPoolOptions): cognito.UserPool {
  const names = options.requireNames ?? true;
  const brand = options.messages?.brand;
  const pool = new cognito.UserPool(scope, 'UserPool', {
    featurePlan: cognito.FeaturePlan.PLUS,
    selfSignUpEnabled: options.selfSignUp,
    signInAliases: options.signInAliases,
    signInCaseSensitive: false,
    autoVerify: { email: true },
    keepOriginal: { email: true },
    standardAttributes: {
      email: { required: true, mutable: true },
      givenName: { required: names, mutable: true },
      familyName: { required: names, mutable: true },
      ...(options.phoneNumber ? { phoneNumber: { required: false, mutable: true } } : {}),
    },
    customAttributes: options.customAttributes,
    mfa: options.mfa,
    mfaSecondFactor: { otp: true, sms: false },
    passwordPolicy: {
      minLength: options.minLength,
      requireLowercase: true,
      requireDigits: true,
      requireSymbols: options.requireSymbols ?? true,
      requireUppercase: options.requireUppercase ?? true,
      tempPasswordValidity: Duration.days(options.tempPasswordDays),
      passwordHistorySize: 10,
    },
    accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
    deviceTracking: { challengeRequiredOnNewDevice: true, deviceOnlyRememberedOnUserPrompt: true },
    standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
    lambdaTriggers: options.lambdaTriggers,
    userVerification: brand ? {
      emailSubject: `Verify your email for ${brand}`,
      emailBody: `Welcome to ${brand}! Your verification code is {####}`,
      emailStyle: cognito.VerificationEmailStyle.CODE,
      smsMessage: `Your ${brand} verification code is {####}`,
    } : {
      emailSubject: 'Verify your email address',
      emailBody: 'Your verification code is {####}',
      emailStyle: cognito.VerificationEmailStyle.CODE,
      smsMessage: 'Your verification code is {####}',
    },
    userInvitation: brand ? {
      emailSubject: `Your ${brand} account`,
      emailBody: `Hello {username}, your ${brand} account is ready. Your temporary password is {####}; you will choose your own at first sign-in.`,
      smsMessage: `Your ${brand} username is {username} and your temporary password is {####}`,
    } : {
      emailSubject: 'Your new account',
      emailBody: 'Hello {username}, an account has been created for you. Your temporary password is {####} and it must be changed at first sign-in.',
      smsMessage: 'Your username is {username} and your temporary password is {####}',
    },
  });
  new CfnOutput(scope, 'UserPoolId', { value: pool.userPoolId, description: 'User pool id' });
  new CfnOutput(scope, 'UserPoolArn', { value: pool.userPoolArn, description: 'User pool ARN' });
  new CfnOutput(scope, 'UserPoolProviderUrl', { value: pool.userPoolProviderUrl, description: 'Issuer URL of the pool\'s tokens' });
  Tags.of(scope).add('ManagedBy', 'cdk-cognito-enterprise');
  return pool;
}

/** A hosted domain on managed login, with its base URL published. */
export function handWrittenDomain(scope: Construct, pool: cognito.UserPool, domainPrefix: string): cognito.UserPoolDomain {
  const domain = pool.addDomain('UserPoolDomain', {
    cognitoDomain: { domainPrefix },
    managedLoginVersion: cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
  });
  new CfnOutput(scope, 'HostedUiBaseUrl', { value: domain.baseUrl(), description: 'Base URL of the hosted sign-in pages' });
  return domain;
}

/** What varies between the hand-written app clients. */
export interface HandWrittenClientOptions {
  readonly name: string;
  readonly callbackUrls?: string[];
  readonly logoutUrls?: string[];
  readonly generateSecret?: boolean;
  readonly srp?: boolean;
  readonly identityProviders?: cognito.UserPoolClientIdentityProvider[];
  readonly writeAttributes: cognito.ClientAttributes;
  readonly dependsOn?: Construct[];
}

/**
 * An app client as the library's: code flow only, token revocation, no user-existence errors,
 * one-hour tokens, a 30-day refresh token, explicit write attributes, and managed login branding
 * when it signs in through the hosted pages.
 */
export function handWrittenClient(scope: Construct, pool: cognito.UserPool, options: HandWrittenClientOptions): cognito.UserPoolClient {
  const oAuth = options.callbackUrls !== undefined;
  const client = pool.addClient(options.name, {
    userPoolClientName: options.name,
    generateSecret: options.generateSecret ?? false,
    authFlows: { userSrp: options.srp ?? true },
    oAuth: oAuth ? {
      flows: { authorizationCodeGrant: true },
      scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
      callbackUrls: options.callbackUrls,
      logoutUrls: options.logoutUrls,
    } : undefined,
    disableOAuth: !oAuth,
    preventUserExistenceErrors: true,
    enableTokenRevocation: true,
    enablePropagateAdditionalUserContextData: options.generateSecret ?? false,
    accessTokenValidity: Duration.minutes(60),
    idTokenValidity: Duration.minutes(60),
    refreshTokenValidity: Duration.days(30),
    authSessionValidity: Duration.minutes(3),
    supportedIdentityProviders: options.identityProviders ?? [cognito.UserPoolClientIdentityProvider.COGNITO],
    writeAttributes: options.writeAttributes,
  });
  for (const dependency of options.dependsOn ?? []) {
    client.node.addDependency(dependency);
  }
  if (oAuth) {
    new cognito.CfnManagedLoginBranding(scope, `${options.name}Branding`, {
      userPoolId: pool.userPoolId,
      clientId: client.userPoolClientId,
      useCognitoProvidedValues: true,
    });
  }
  new CfnOutput(scope, `${options.name}ClientId`, { value: client.userPoolClientId, description: `App client id of ${options.name}` });
  return client;
}

/** Every standard attribute but the verified flags, which only Cognito should set. */
export function writableAttributes(...custom: string[]): cognito.ClientAttributes {
  return new cognito.ClientAttributes().withStandardAttributes({
    address: true,
    birthdate: true,
    email: true,
    familyName: true,
    gender: true,
    givenName: true,
    locale: true,
    middleName: true,
    fullname: true,
    nickname: true,
    phoneNumber: true,
    profilePicture: true,
    preferredUsername: true,
    profilePage: true,
    lastUpdateTime: true,
    website: true,
    timezone: true,
  }).withCustomAttributes(...custom);
}
