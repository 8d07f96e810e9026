import * as cognito from 'aws-cdk-lib/aws-cognito';

/**
 * How an EnterpriseSso pool differs from an EnterpriseUserPool. Everything else — required TOTP
 * MFA (federated users' MFA is their IdP's job), self sign-up off (users come from the IdP),
 * the password policy for any local administrators — is the EnterpriseUserPool default.
 */
export const ENTERPRISE_SSO_DEFAULTS = {
  customAttributes: {
    // Mutable because Cognito rewrites every mapped attribute at each federated sign-in and fails
    // the sign-in when one is immutable; being admin-only keeps users from changing it.
    employee_id: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
    department: new cognito.StringAttribute({ minLen: 1, maxLen: 256, mutable: true }),
    role: new cognito.StringAttribute({ minLen: 1, maxLen: 256, mutable: true }),
  } as { [name: string]: cognito.ICustomAttribute },
  // The IdPs are the source of every custom attribute: no app client writes one, so a user can
  // never pick their own custom:role (and with it an identity-pool role).
  allCustomAttributesAdminOnly: true,
};

/**
 * API flows of a client that signs users in through federated providers with OAuth: refresh
 * only. Local users (COGNITO) sign in on the managed login pages too, so no token of the client
 * carries aws.cognito.signin.user.admin and nobody can rewrite the attributes the IdPs map —
 * which the client must be able to write. (An empty object would leave Cognito's defaults.)
 */
export const SSO_CLIENT_AUTH_FLOWS = { userSrp: false } satisfies cognito.AuthFlow;

/** Defaults of every SAML provider: the IdP-side features that need IdP configuration are opt-in. */
export const SAML_PROVIDER_DEFAULTS = {
  signRequests: false,
  encryptedResponses: false,
  idpInitiated: false,
  idpSignout: false,
};

/** Defaults of every OIDC provider: the standard claims of the `openid email profile` scopes. */
export const OIDC_PROVIDER_DEFAULTS = {
  scopes: ['openid', 'email', 'profile'],
  attributeRequestMethod: cognito.OidcAttributeRequestMethod.GET,
  attributeMapping: {
    email: cognito.ProviderAttribute.other('email'),
    givenName: cognito.ProviderAttribute.other('given_name'),
    familyName: cognito.ProviderAttribute.other('family_name'),
  } satisfies cognito.AttributeMapping,
};

/**
 * Claims the bundled pre token generation trigger adds, when it is enabled, from the attributes
 * the IdPs fill: so the access token carries the user's role and department too.
 */
export const SSO_TOKEN_CLAIMS: { [claim: string]: string } = {
  role: 'custom:role',
  department: 'custom:department',
  employee_id: 'custom:employee_id',
};

/** Built-in provider names that a SAML or OIDC provider may not take. */
export const BUILT_IN_PROVIDER_NAMES = ['COGNITO', 'Google', 'Facebook', 'LoginWithAmazon', 'SignInWithApple'];
