import { Duration } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { EnterpriseAppClientOptions } from './app-client-options';
import { ENTERPRISE_CLIENT_DEFAULTS as D } from './defaults';
import { VERIFICATION_FLAGS } from '../private/validation/pool-schema';

/** Every standard attribute a client may write: the verified flags are Cognito's to set. */
const WRITABLE_STANDARD_ATTRIBUTES: cognito.StandardAttributesMask = {
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
  timezone: true,
  lastUpdateTime: true,
  website: true,
};

/** What a client needs to know about its pool to pick its defaults. */
export interface ClientPoolContext {
  /** The pool's feature plan, which decides what a client may use. */
  readonly featurePlan?: cognito.FeaturePlan;
  readonly customAttributeNames: string[];
  readonly adminOnlyAttributes: string[];
  readonly passwordless: boolean;
  /** Whether the pool runs custom authentication challenges (the magic-link triggers). */
  readonly customAuth: boolean;
  /** Whether users migrate at sign-in, which needs the password sent to the trigger. */
  readonly userMigration: boolean;
  /** The session a custom challenge needs, when longer than the default. */
  readonly customAuthSessionValidity?: Duration;
  /** Attributes (Cognito names) that the identity providers the client supports map, as far as they are registered. */
  readonly mappedAttributes?: string[];
}

/** Merges a client's options over the enterprise client defaults. */
export function resolveClientOptions(options: EnterpriseAppClientOptions, pool: ClientPoolContext): EnterpriseAppClientOptions {
  const generateSecret = options.generateSecret ?? D.generateSecret;
  const authFlows = options.authFlows ?? defaultAuthFlows(options, pool);
  const oAuthScopes = options.oAuthScopes ?? D.oAuthScopes;
  // Merged with Object.assign: V8 builds a spread followed by literal keys one key at a time,
  // which costs about as much as the rest of resolving.
  return Object.assign({}, options, {
    generateSecret,
    authFlows,
    oAuthFlows: options.oAuthFlows ?? D.oAuthFlows,
    oAuthScopes,
    accessTokenValidity: options.accessTokenValidity ?? D.accessTokenValidity,
    idTokenValidity: options.idTokenValidity ?? D.idTokenValidity,
    refreshTokenValidity: options.refreshTokenValidity ?? D.refreshTokenValidity,
    authSessionValidity: options.authSessionValidity ?? pool.customAuthSessionValidity ?? D.authSessionValidity,
    enableTokenRevocation: options.enableTokenRevocation ?? D.enableTokenRevocation,
    preventUserExistenceErrors: options.preventUserExistenceErrors ?? D.preventUserExistenceErrors,
    // Threat protection reads the user's IP and device only from clients that can sign the request.
    enablePropagateAdditionalUserContextData: options.enablePropagateAdditionalUserContextData ?? generateSecret,
    writeAttributes: options.writeAttributes ?? defaultWriteAttributes(pool, usersCanWriteAttributes(authFlows, oAuthScopes)),
  });
}

/**
 * SRP by default. A client that names its identity providers and leaves out COGNITO signs users
 * in only through the OAuth endpoints: it gets refresh only, so no token of its carries the
 * aws.cognito.signin.user.admin scope that sign-in through the API always grants.
 */
function defaultAuthFlows(options: EnterpriseAppClientOptions, pool: ClientPoolContext): cognito.AuthFlow {
  const providers = options.supportedIdentityProviders;
  if (providers !== undefined && providers.length > 0 && !providers.some(({ name }) => name === 'COGNITO')) {
    return D.federatedAuthFlows;
  }
  return {
    ...D.authFlows,
    ...(pool.passwordless ? { user: true } : {}),
    ...(pool.customAuth ? { custom: true } : {}),
    // Cognito hands the password to the migration trigger only in USER_PASSWORD_AUTH.
    ...(pool.userMigration ? { userPassword: true } : {}),
  };
}

/** Whether the client's users can hold an access token that may call UpdateUserAttributes. */
function usersCanWriteAttributes(authFlows: cognito.AuthFlow, scopes: cognito.OAuthScope[]): boolean {
  const apiSignIn = authFlows.userSrp || authFlows.userPassword || authFlows.custom || authFlows.user || authFlows.adminUserPassword;
  return apiSignIn === true || scopes.some(({ scopeName }) => scopeName === cognito.OAuthScope.COGNITO_ADMIN.scopeName);
}

/**
 * Every writable standard attribute, the custom attributes that are not admin-only, and what
 * the client's identity providers map — Cognito refuses a federated sign-in through a client
 * that cannot write a mapped attribute. Admin-only attributes and the verified flags are added
 * only for clients whose users cannot change attributes themselves.
 */
function defaultWriteAttributes(pool: ClientPoolContext, usersCanWrite: boolean): cognito.ClientAttributes {
  const adminOnly = [...pool.adminOnlyAttributes.map((name) => `custom:${name}`), ...VERIFICATION_FLAGS];
  const mapped = (pool.mappedAttributes ?? []).filter((attribute) => !usersCanWrite || !adminOnly.includes(attribute));
  const custom = new Set([
    ...pool.customAttributeNames.filter((name) => !pool.adminOnlyAttributes.includes(name)),
    ...mapped.map((attribute) => attribute.replace(/^custom:/, '')).filter((name) => pool.customAttributeNames.includes(name)),
  ]);
  return new cognito.ClientAttributes()
    // Object.assign, not a spread followed by keys: see resolveClientOptions.
    .withStandardAttributes(Object.assign({}, WRITABLE_STANDARD_ATTRIBUTES, {
      emailVerified: mapped.includes('email_verified'),
      phoneNumberVerified: mapped.includes('phone_number_verified'),
    }))
    .withCustomAttributes(...custom);
}

/** OAuth is on for a client that has somewhere to redirect to, or that uses client credentials. */
export function isOAuthEnabled(options: EnterpriseAppClientOptions): boolean {
  return (options.callbackUrls ?? []).length > 0 || options.oAuthFlows?.clientCredentials === true;
}

/** The L2 client options for resolved enterprise client options. */
export function toUserPoolClientOptions(options: EnterpriseAppClientOptions): cognito.UserPoolClientOptions {
  const oAuthEnabled = isOAuthEnabled(options);
  return {
    userPoolClientName: options.name,
    generateSecret: options.generateSecret,
    authFlows: options.authFlows,
    disableOAuth: !oAuthEnabled,
    oAuth: oAuthEnabled
      ? {
        flows: options.oAuthFlows,
        scopes: options.oAuthScopes,
        callbackUrls: options.callbackUrls,
        logoutUrls: options.logoutUrls,
        defaultRedirectUri: options.defaultRedirectUri,
      }
      : undefined,
    supportedIdentityProviders: options.supportedIdentityProviders,
    accessTokenValidity: options.accessTokenValidity,
    idTokenValidity: options.idTokenValidity,
    refreshTokenValidity: options.refreshTokenValidity,
    authSessionValidity: options.authSessionValidity,
    enableTokenRevocation: options.enableTokenRevocation,
    preventUserExistenceErrors: options.preventUserExistenceErrors,
    enablePropagateAdditionalUserContextData: options.enablePropagateAdditionalUserContextData,
    readAttributes: options.readAttributes,
    writeAttributes: options.writeAttributes,
  };
}
