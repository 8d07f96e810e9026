/**
 * How the library handles each constraint extracted by constraint-sources.ts: a rule of the
 * catalogue checks it, or it is deliberately not checked, for one of the reasons below. The first
 * entry whose pattern matches a constraint classifies it; a test fails on any constraint that no
 * entry matches, and on any entry that matches nothing.
 */

/** Why a constraint is not checked by a rule of our own. */
export enum NotChecked {
  L2 = 'the aws-cdk-lib L2 checks it, or its types admit only valid values',
  CONSTRUCT = 'the library builds the value itself and always satisfies it (or throws in the construct)',
  REFERENCE = 'filled from another construct\'s id, ARN or region, valid by construction',
  UNUSED = 'the library never sets this property and offers no prop for it',
  DEPLOY_TIME = 'depends on state known only at deploy time (other accounts, global uniqueness, reachability)',
  UPGRADE = 'a change after creation, which the upgrade guard reports, not a synth-time value',
  RUN_TIME = 'a rule for users and API calls at run time, not for the configuration',
  CFN_VALIDATION = 'bounds too loose to be reached by values the library builds; aws-cdk-lib\'s built-in CloudFormation validation reports them at synth',
  GAP = 'a real rejection not yet checked at synth (see the note)',
}

export interface Classification {
  /** Matches `<resource type> <property path> | <constraint>` or `<API type>.<member>`. */
  readonly match: RegExp;
  readonly rules?: string[];
  readonly notChecked?: NotChecked;
  readonly note?: string;
}

const rule = (match: RegExp, ...rules: string[]): Classification => ({ match, rules });
const not = (match: RegExp, notChecked: NotChecked, note?: string): Classification => ({ match, notChecked, note });

/** CloudFormation schema constraints, by resource type, property path and constraint. */
export const SCHEMA_CLASSIFICATION: Classification[] = [
  // Ids, ARNs and regions of other resources.
  not(/ (UserPoolId|IdentityPoolId|ClientId|CognitoIdentityProviders\[\]\.ClientId) \|/, NotChecked.REFERENCE),
  not(/(Arn|ARN|ARNs\[\]|LambdaConfig\.[\w.]+|SnsRegion|EumsSms\.Region) \| (pattern|length|required)/, NotChecked.REFERENCE),
  not(/(LambdaVersion|Routing|AnalyticsConfiguration|EumsSms|AcrConfiguration|DcrConfiguration|IssuerConfiguration|EmailConfiguration\.ConfigurationSet|CustomDomainConfig\.SecurityPolicy|DeveloperProviderName|IdentityPoolTags|EmailAuthentication|ClientSecret|ManagedLoginBranding ClientId)/, NotChecked.UNUSED),
  not(/ \| enum /, NotChecked.L2, 'the L2 exposes these as enums, booleans or enum-like classes'),
  // User pool.
  rule(/UserPool UserPoolName \|/, 'CE-POOL-NAME'),
  rule(/PasswordPolicy\.MinimumLength/, 'CE-PASSWORD-LENGTH'),
  rule(/PasswordPolicy\.PasswordHistorySize/, 'CE-PASSWORD-HISTORY'),
  rule(/PasswordPolicy\.TemporaryPasswordValidityDays/, 'CE-PASSWORD-TEMPORARY-VALIDITY'),
  not(/AdminCreateUserConfig\.UnusedAccountValidityDays/, NotChecked.L2, 'the L2 sets TemporaryPasswordValidityDays instead'),
  rule(/InviteMessageTemplate/, 'CE-MESSAGE-INVITATION'),
  rule(/(VerificationMessageTemplate|EmailVerification|SmsVerificationMessage)/, 'CE-MESSAGE-VERIFICATION'),
  not(/SmsAuthenticationMessage/, NotChecked.L2, 'mfaMessage: the L2 requires {####} and at most 140 characters'),
  not(/AccountRecoverySetting/, NotChecked.L2, 'accountRecovery is an enum of one or two mechanisms'),
  not(/SignInPolicy\.AllowedFirstAuthFactors \| items/, NotChecked.L2, 'the L2 always includes PASSWORD'),
  rule(/UserPool Schema \| items/, 'CE-SCHEMA-CUSTOM-ATTRIBUTES'),
  rule(/Schema\[\]\.Name \| length/, 'CE-SCHEMA-CUSTOM-ATTRIBUTES'),
  rule(/Schema\[\]\.Name \| pattern/, 'CE-SCHEMA-CUSTOM-ATTRIBUTE-CONSTRAINTS'),
  rule(/NumberAttributeConstraints/, 'CE-SCHEMA-CUSTOM-ATTRIBUTE-CONSTRAINTS'),
  rule(/StringAttributeConstraints/, 'CE-SCHEMA-CUSTOM-ATTRIBUTES'),
  not(/EmailConfiguration\.From/, NotChecked.CFN_VALIDATION, 'the L2 builds From from fromEmail and fromName'),
  not(/EmailConfiguration\.ReplyToEmailAddress/, NotChecked.CFN_VALIDATION, 'replyTo of UserPoolEmail.withSES'),
  not(/SmsConfiguration\.ExternalId/, NotChecked.CONSTRUCT, 'the L2 derives it from the pool\'s own id'),
  rule(/UserPoolTags\{\}/, 'CE-POOL-TAGS'),
  rule(/WebAuthnRelyingPartyID/, 'CE-PASSKEY-RELYING-PARTY'),
  not(/WebAuthnUserVerification/, NotChecked.L2, 'PasskeyUserVerification enum'),
  not(/UserAttributeUpdateSettings\.AttributesRequireVerificationBeforeUpdate \| required/, NotChecked.L2, 'keepOriginal always yields the list'),
  // App clients.
  rule(/UserPoolClient ClientName/, 'CE-CLIENT-NAME'),
  rule(/UserPoolClient (AccessTokenValidity|IdTokenValidity|RefreshTokenValidity)/, 'CE-CLIENT-TOKEN-VALIDITY'),
  rule(/UserPoolClient AuthSessionValidity/, 'CE-CLIENT-AUTH-SESSION'),
  rule(/UserPoolClient (CallbackURLs|LogoutURLs) \| items/, 'CE-CLIENT-LIMITS'),
  rule(/UserPoolClient (CallbackURLs|LogoutURLs|DefaultRedirectURI)/, 'CE-CLIENT-REDIRECT-URLS'),
  rule(/UserPoolClient AllowedOAuthScopes/, 'CE-CLIENT-LIMITS'),
  not(/UserPoolClient AllowedOAuthFlows \| items/, NotChecked.L2, 'three booleans'),
  rule(/UserPoolClient SupportedIdentityProviders/, 'CE-CLIENT-LIMITS'),
  not(/UserPoolClient (ReadAttributes|WriteAttributes)\[\] \| length/, NotChecked.L2, 'ClientAttributes names standard attributes and custom:<name> of ≤ 20 characters'),
  not(/RefreshTokenRotation\.RetryGracePeriodSeconds/, NotChecked.UNUSED),
  // Domains.
  rule(/UserPoolDomain Domain \| required/, 'CE-DOMAIN-CHOICE'),
  rule(/UserPoolDomain Domain \| length/, 'CE-DOMAIN-PREFIX', 'CE-DOMAIN-CUSTOM-NAME'),
  rule(/UserPoolDomain Domain \| when \{"required"/, 'CE-DOMAIN-CUSTOM-NAME'),
  rule(/UserPoolDomain Domain \| when \{"not"/, 'CE-DOMAIN-PREFIX'),
  // Groups.
  rule(/UserPoolGroup (GroupName|Description|Precedence)/, 'CE-GROUP'),
  // Identity providers.
  rule(/UserPoolIdentityProvider AttributeMapping\{\}/, 'CE-SSO-ATTRIBUTE-MAPPING'),
  rule(/UserPoolIdentityProvider IdpIdentifiers/, 'CE-SSO-IDP-IDENTIFIERS'),
  rule(/UserPoolIdentityProvider ProviderName/, 'CE-SSO-PROVIDER-NAME'),
  rule(/UserPoolIdentityProvider ProviderDetails/, 'CE-SSO-SAML-METADATA', 'CE-SSO-OIDC-ISSUER', 'CE-PORTAL-SOCIAL-PROVIDER-CREDENTIALS'),
  not(/UserPoolIdentityProvider ProviderType \| required/, NotChecked.L2),
  // Resource servers.
  rule(/UserPoolResourceServer /, 'CE-RESOURCE-SERVER'),
  // Identity pools.
  rule(/IdentityPool IdentityPoolName/, 'CE-IDENTITY-POOL-NAME'),
  not(/IdentityPool AllowUnauthenticatedIdentities \| required/, NotChecked.L2, 'the L2 always sets it'),
  not(/IdentityPool CognitoIdentityProviders\[\]\.ProviderName/, NotChecked.REFERENCE, 'cognito-idp.<region>.amazonaws.com/<pool id> from the pool'),
  rule(/IdentityPoolRoleAttachment RoleMappings\{\}/, 'CE-SSO-IDENTITY-POOL'),
  not(/IdentityPoolRoleAttachment Roles\{\}/, NotChecked.L2, 'keys authenticated and unauthenticated'),
];

/** Cognito API reference statements, by request or type and member. */
export const API_CLASSIFICATION: Classification[] = [
  not(/^(AcrLevelConfigType|DcrConfigurationType|KeyConfigurationType|EumsSmsConfigurationType)\.|CreateUserPoolRequest\.(AcrConfiguration|DcrConfiguration)|CreateManagedLoginBrandingRequest\.Assets|LogConfigurationType\.FirehoseConfiguration/, NotChecked.UNUSED),
  not(/LambdaVersion$|^LambdaConfigType\.PreTokenGeneration/, NotChecked.L2, 'the L2 sets one pre token generation ARN in both places, with its version'),
  rule(/^AdminCreateUserConfigType\.InviteMessageTemplate$/, 'CE-MESSAGE-INVITATION'),
  not(/^AdminCreateUserConfigType\.UnusedAccountValidityDays$/, NotChecked.RUN_TIME),
  rule(/^CloudWatchLogsConfigurationType\.LogGroupArn$/, 'CE-MONITORING-LOG-GROUP'),
  not(/^CreateGroupRequest\.GroupName$/, NotChecked.CONSTRUCT, 'EnterpriseUserPool.addGroup throws on a name used twice'),
  rule(/^CreateIdentityProviderRequest\.ProviderDetails$/, 'CE-PORTAL-SOCIAL-PROVIDER-CREDENTIALS', 'CE-SSO-OIDC-ISSUER'),
  not(/^CreateManagedLoginBrandingRequest\.UseCognitoProvidedValues$/, NotChecked.CONSTRUCT, 'the library sets it without settings or assets'),
  rule(/^CreateUserPoolClientRequest\.(AccessTokenValidity|IdTokenValidity|RefreshTokenValidity)$/, 'CE-CLIENT-TOKEN-VALIDITY'),
  rule(/^CreateUserPoolClientRequest\.AllowedOAuthFlows$/, 'CE-CLIENT-OAUTH-FLOWS'),
  not(/^CreateUserPoolClientRequest\.AllowedOAuthFlowsUserPoolClient$/, NotChecked.L2),
  rule(/^CreateUserPoolClientRequest\.AuthSessionValidity$/, 'CE-CLIENT-AUTH-SESSION'),
  rule(/^CreateUserPoolClientRequest\.(CallbackURLs|DefaultRedirectURI)$/, 'CE-CLIENT-REDIRECT-URLS'),
  not(/^CreateUserPoolClientRequest\.ClientSecret$/, NotChecked.UNUSED),
  rule(/^CreateUserPoolClientRequest\.EnablePropagateAdditionalUserContextData$/, 'CE-CLIENT-CONTEXT-DATA'),
  rule(/^CreateUserPoolClientRequest\.ExplicitAuthFlows$/, 'CE-CLIENT-USER-AUTH-PLAN'),
  not(/^CreateUserPoolClientRequest\.GenerateSecret$/, NotChecked.UPGRADE),
  rule(/^CreateUserPoolClientRequest\.WriteAttributes$/, 'CE-PORTAL-SOCIAL-ATTRIBUTE-MAPPING'),
  rule(/^CreateUserPoolDomainRequest\.CustomDomainConfig$/, 'CE-DOMAIN-CERTIFICATE'),
  not(/^CreateUserPoolDomainRequest\.ManagedLoginVersion$/, NotChecked.L2),
  not(/^CreateUserPoolRequest\.DeletionProtection$/, NotChecked.RUN_TIME, 'deleting a protected pool; CE-POOL-RETENTION warns when production pools are not protected'),
  rule(/^(CreateUserPoolRequest|SetUserPoolMfaConfigRequest)\.MfaConfiguration$|^SetUserPoolMfaConfigRequest\.EmailMfaConfiguration$/, 'CE-MFA-FACTORS'),
  rule(/^CreateUserPoolRequest\.UserPoolAddOns$/, 'CE-PLAN-THREAT-PROTECTION'),
  not(/^DeviceConfigurationType\.ChallengeRequiredOnNewDevice$/, NotChecked.RUN_TIME),
  not(/^EmailConfigurationType\.SourceArn$/, NotChecked.REFERENCE, 'UserPoolEmail.withSES builds it from sesRegion or the stack\'s region'),
  not(/^EmailMfaConfigType\.Message$/, NotChecked.UNUSED),
  rule(/^LogConfigurationType\.S3Configuration$/, 'CE-MONITORING-AUTH-EVENTS-PLAN'),
  rule(/^NumberAttributeConstraintsType\.MaxValue$/, 'CE-SCHEMA-CUSTOM-ATTRIBUTE-CONSTRAINTS'),
  rule(/^PasswordPolicyType\.MinimumLength$/, 'CE-PASSWORD-LENGTH'),
  not(/^PasswordPolicyType\.Require/, NotChecked.RUN_TIME, 'what a password must contain'),
  rule(/^PasswordPolicyType\.PasswordHistorySize$/, 'CE-PASSWORD-HISTORY'),
  rule(/^PasswordPolicyType\.TemporaryPasswordValidityDays$/, 'CE-PASSWORD-TEMPORARY-VALIDITY'),
  not(/^SchemaAttributeType\.DeveloperOnlyAttribute$/, NotChecked.UNUSED, 'the L2 cannot declare developer-only attributes'),
  rule(/^SchemaAttributeType\.Mutable$/, 'CE-SSO-ATTRIBUTE-MAPPING'),
  not(/^SmsConfigurationType\.SnsRegion$/, NotChecked.REFERENCE, 'the L2 uses the pool\'s region unless snsRegion is given'),
  not(/^SmsMfaConfigType\.SmsAuthenticationMessage$/, NotChecked.L2),
  rule(/^StringAttributeConstraintsType\.MaxLength$/, 'CE-SCHEMA-CUSTOM-ATTRIBUTES'),
  not(/^UsernameConfigurationType\.CaseSensitive$/, NotChecked.UPGRADE),
  rule(/^VerificationMessageTemplateType\./, 'CE-MESSAGE-VERIFICATION'),
  rule(/^WebAuthnConfigurationType\.FactorConfiguration$/, 'CE-PASSWORDLESS'),
  rule(/^WebAuthnConfigurationType\.RelyingPartyId$/, 'CE-PASSKEY-RELYING-PARTY-DOMAIN'),
  rule(/^MessageTemplateType\./, 'CE-MESSAGE-INVITATION'),
];

/** Constraints found in the developer guide and quotas rather than in the schema or API members. */
export const OTHER_NOT_CHECKED: Array<{ constraint: string; notChecked: NotChecked; note?: string }> = [
  { constraint: 'a Cognito prefix domain is globally unique', notChecked: NotChecked.DEPLOY_TIME },
  { constraint: 'a custom domain\'s parent domain has a DNS A record, and its certificate is issued and valid', notChecked: NotChecked.DEPLOY_TIME },
  { constraint: 'a SAML metadata URL is reachable and serves valid metadata', notChecked: NotChecked.DEPLOY_TIME },
  { constraint: 'an email identity used with Amazon SES is verified and out of the sandbox', notChecked: NotChecked.DEPLOY_TIME },
  { constraint: 'at most 10,000 groups and 1,000 app clients per pool, 300 identity providers, 25 resource servers (adjustable quotas)', notChecked: NotChecked.DEPLOY_TIME, note: 'quotas are per account and adjustable' },
  { constraint: 'attributes, username attributes, aliases and case sensitivity cannot change after creation', notChecked: NotChecked.UPGRADE },
  { constraint: 'preferred_username only as an alias with usernames; email or phone as username attributes or aliases, not both', notChecked: NotChecked.L2, note: 'signInAliases produces one or the other and throws for preferredUsername without username' },
];

/** The first classification that matches a key, if any. */
export function classify(key: string, table: Classification[]): Classification | undefined {
  return table.find((entry) => entry.match.test(key));
}
