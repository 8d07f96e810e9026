import { CfnParameter, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { EnterpriseUserPool, EnterpriseUserPoolProps } from '../../../lib';
import { describeRules, POOL_CLIENT_RULES, PROVIDER_RULES } from '../../../lib/private/validation/catalogue';
import { testStack } from '../../support/test-stack';

const SES = cognito.UserPoolEmail.withSES({ fromEmail: 'no-reply@example.com', sesVerifiedDomain: 'example.com' });
const CERT_ARN = (region: string) => `arn:aws:acm:${region}:123456789012:certificate/11111111-2222-3333-4444-555555555555`;

// The rule reads only which function is wired: an imported one in a stack of its own will do.
const OWN_POST_AUTHENTICATION = lambda.Function.fromFunctionArn(new Stack(undefined, 'Functions'), 'OwnPostAuth',
  'arn:aws:lambda:eu-west-1:123456789012:function:own-post-auth');

const urls = (count: number) => Array.from({ length: count }, (_, i) => `https://app.example.com/cb/${i}`);
const scopes = (count: number) => Array.from({ length: count }, (_, i) => cognito.OAuthScope.custom(`api/s${i}`));

function build(props: EnterpriseUserPoolProps): () => EnterpriseUserPool {
  return () => new EnterpriseUserPool(testStack(), 'Users', props);
}

/** Each case breaks one rule; the error must name the rule, the construct path, the prop and the value. */
const BROKEN: Array<[string, EnterpriseUserPoolProps, RegExp]> = [
  ['CE-POOL-NAME', { userPoolName: 'bad/name' }, /userPoolName is "bad\/name"/],
  ['CE-POOL-NAME', { userPoolName: 'x'.repeat(129) }, /userPoolName/],
  ['CE-PASSWORD-LENGTH', { passwordPolicy: { minLength: 5 } }, /passwordPolicy.minLength is 5 — the minimum password length must be between 6 and 99/],
  ['CE-PASSWORD-LENGTH', { passwordPolicy: { minLength: 100 } }, /passwordPolicy.minLength is 100/],
  ['CE-PASSWORD-TEMPORARY-VALIDITY', { passwordPolicy: { tempPasswordValidity: Duration.days(366) } }, /passwordPolicy.tempPasswordValidity is 366 days/],
  ['CE-PASSWORD-TEMPORARY-VALIDITY', { passwordPolicy: { tempPasswordValidity: Duration.hours(36) } }, /tempPasswordValidity is 1 day 12 hours/],
  ['CE-PASSWORD-HISTORY', { passwordPolicy: { passwordHistorySize: 25 } }, /passwordPolicy.passwordHistorySize is 25/],
  ['CE-PASSWORD-HISTORY', { featurePlan: cognito.FeaturePlan.LITE, passwordPolicy: { passwordHistorySize: 5 } }, /passwordHistorySize is 5 — needs the ESSENTIALS or PLUS feature plan \(featurePlan is LITE\)/],
  ['CE-PLAN-THREAT-PROTECTION', { featurePlan: cognito.FeaturePlan.ESSENTIALS, standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION }, /standardThreatProtectionMode is "ENFORCED" — needs the PLUS feature plan/],
  ['CE-PLAN-THREAT-PROTECTION', { featurePlan: cognito.FeaturePlan.LITE, customThreatProtectionMode: cognito.CustomThreatProtectionMode.AUDIT_ONLY }, /customThreatProtectionMode/],
  ['CE-SCHEMA-CUSTOM-ATTRIBUTES', { customAttributes: { a_very_long_attribute_name: new cognito.StringAttribute() } }, /customAttributes is "a_very_long_attribute_name"/],
  ['CE-SCHEMA-CUSTOM-ATTRIBUTES', { customAttributes: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`a${i}`, new cognito.StringAttribute()])) }, /51 attributes/],
  ['CE-SCHEMA-CUSTOM-ATTRIBUTES', { customAttributes: { notes: { bind: () => ({ dataType: 'String', stringConstraints: { maxLen: 2049 } }) } } }, /customAttributes.notes.maxLen is 2049/],
  ['CE-SCHEMA-CUSTOM-ATTRIBUTES', { customAttributes: { notes: new cognito.StringAttribute({ minLen: 10, maxLen: 5 }) } }, /customAttributes.notes.minLen is 10 — must not exceed maxLen \(5\)/],
  ['CE-MESSAGE-VERIFICATION', { userVerification: { emailBody: 'Welcome aboard!' } }, /userVerification.emailBody is "Welcome aboard!" — must contain \{####\}/],
  ['CE-MESSAGE-VERIFICATION', { userVerification: { emailStyle: cognito.VerificationEmailStyle.LINK, emailBody: 'Code {####}' } }, /must contain a link placeholder such as \{##Verify Email##\}/],
  ['CE-MESSAGE-VERIFICATION', { userVerification: { emailSubject: 's'.repeat(141) } }, /userVerification.emailSubject .* must be 1–140 characters \(received 141\)/],
  ['CE-MESSAGE-VERIFICATION', { userVerification: { smsMessage: 'Code: {####} '.repeat(12) } }, /userVerification.smsMessage/],
  ['CE-MESSAGE-INVITATION', { userInvitation: { emailBody: 'Your password is {####}' } }, /userInvitation.emailBody .* must contain \{username\}/],
  ['CE-MESSAGE-INVITATION', { userInvitation: { smsMessage: 'Hi {username}' } }, /userInvitation.smsMessage .* must contain \{####\}/],
  ['CE-MFA-FACTORS', { mfaSecondFactor: { otp: false, sms: false } }, /required MFA needs at least one of otp, sms or email/],
  ['CE-MFA-FACTORS', { mfaSecondFactor: { otp: true, sms: true }, enableSmsRole: false }, /enableSmsRole is false — SMS MFA needs an SMS role/],
  ['CE-MFA-FACTORS', { mfaSecondFactor: { otp: true, sms: false, email: true } }, /mfaSecondFactor.email is true — email MFA needs email through Amazon SES/],
  ['CE-MFA-FACTORS', { featurePlan: cognito.FeaturePlan.LITE, email: SES, mfaSecondFactor: { otp: true, sms: false, email: true } }, /email MFA needs the ESSENTIALS or PLUS feature plan/],
  ['CE-PASSWORDLESS', { email: SES, passwordless: { emailOtp: true } }, /mfa is "ON" — one-time codes as a first factor \(passwordless.emailOtp\) need MFA OFF or OPTIONAL/],
  ['CE-PASSWORDLESS', { passwordless: { passkeys: true, passkeyUserVerification: cognito.PasskeyUserVerification.PREFERRED } }, /passwordless.passkeyUserVerification is "preferred" — with required MFA a passkey stands for both factors/],
  ['CE-PASSWORDLESS', { passwordless: { passkeys: true }, passkeyUserVerification: cognito.PasskeyUserVerification.PREFERRED }, /Users: passkeyUserVerification is "preferred" — with required MFA/],
  ['CE-PASSWORDLESS', { mfa: cognito.Mfa.OPTIONAL, featurePlan: cognito.FeaturePlan.LITE, passwordless: { passkeys: true } }, /passwordless is \{.*"passkey":true.*\} — passwordless first factors need the ESSENTIALS or PLUS feature plan \(featurePlan is LITE\)/],
  ['CE-PASSWORDLESS', { mfa: cognito.Mfa.OPTIONAL, passwordless: { smsOtp: true }, enableSmsRole: false }, /passwordless.smsOtp is true — SMS one-time codes need an SMS role/],
  ['CE-PASSWORDLESS', { mfa: cognito.Mfa.OPTIONAL, passwordless: {} }, /enable at least one of passkeys, emailOtp or smsOtp/],
  ['CE-PASSWORDLESS', { mfa: cognito.Mfa.OPTIONAL, passwordless: { passkeys: true }, signInPolicy: { allowedFirstAuthFactors: { password: true } } }, /give either passwordless or signInPolicy, not both/],
  ['CE-CLIENT-NAME', { appClients: [{ name: 'web/app' }] }, /Users: appClients\[0\].name is "web\/app"/],
  ['CE-CLIENT-TOKEN-VALIDITY', { appClients: [{ name: 'web', accessTokenValidity: Duration.minutes(4) }] }, /accessTokenValidity is 4 minutes — access and ID tokens are valid 5 minutes to 1 day/],
  ['CE-CLIENT-TOKEN-VALIDITY', { appClients: [{ name: 'web', idTokenValidity: Duration.hours(25) }] }, /idTokenValidity is 1 day 1 hour/],
  ['CE-CLIENT-TOKEN-VALIDITY', { appClients: [{ name: 'web', refreshTokenValidity: Duration.minutes(59) }] }, /refreshTokenValidity is 59 minutes/],
  ['CE-CLIENT-TOKEN-VALIDITY', { appClients: [{ name: 'web', refreshTokenValidity: Duration.days(3651) }] }, /refreshTokenValidity is 3651 days/],
  ['CE-CLIENT-TOKEN-VALIDITY', { appClients: [{ name: 'web', accessTokenValidity: Duration.hours(2), refreshTokenValidity: Duration.hours(1) }] }, /accessTokenValidity is 2 hours — must not exceed refreshTokenValidity \(1 hour\)/],
  ['CE-CLIENT-AUTH-SESSION', { appClients: [{ name: 'web', authSessionValidity: Duration.minutes(16) }] }, /authSessionValidity is 16 minutes/],
  ['CE-CLIENT-REDIRECT-URLS', { appClients: [{ name: 'web', callbackUrls: ['http://app.example.com/callback'] }] }, /appClients\[0\].callbackUrls\[0\] is "http:\/\/app.example.com\/callback" — must use HTTPS \(http is allowed only for localhost\)/],
  ['CE-CLIENT-REDIRECT-URLS', { appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/#/callback'] }] }, /must not contain a fragment/],
  ['CE-CLIENT-REDIRECT-URLS', { appClients: [{ name: 'web', callbackUrls: ['http://127.0.0.1:3000/callback'] }] }, /must use HTTPS \(http is allowed only for localhost\)/],
  ['CE-CLIENT-REDIRECT-URLS', { appClients: [{ name: 'web', callbackUrls: ['/callback'] }] }, /must be an absolute URL/],
  ['CE-CLIENT-REDIRECT-URLS', { appClients: [{ name: 'web', callbackUrls: ['https://*.example.com/callback'] }] }, /must not contain a wildcard/],
  ['CE-CLIENT-REDIRECT-URLS', { appClients: [{ name: 'web', callbackUrls: [`https://app.example.com/${'a'.repeat(1024)}`] }] }, /must be 1–1024 characters/],
  ['CE-CLIENT-REDIRECT-URLS', { appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/cb'], logoutUrls: ['http://example.com/'] }] }, /appClients\[0\].logoutUrls\[0\] is "http:\/\/example.com\/"/],
  ['CE-CLIENT-REDIRECT-URLS', { appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/cb'], defaultRedirectUri: 'https://other.example.com/cb' }] }, /defaultRedirectUri is "https:\/\/other.example.com\/cb" — must be one of callbackUrls/],
  ['CE-CLIENT-OAUTH-FLOWS', { appClients: [{ name: 'batch', oAuthFlows: { clientCredentials: true, authorizationCodeGrant: true }, generateSecret: true }] }, /client_credentials cannot be combined with other OAuth flows/],
  ['CE-CLIENT-OAUTH-FLOWS', { appClients: [{ name: 'batch', oAuthFlows: { clientCredentials: true }, oAuthScopes: [cognito.OAuthScope.custom('api/read')] }] }, /generateSecret is false — client_credentials needs a client secret/],
  ['CE-CLIENT-OAUTH-FLOWS', { appClients: [{ name: 'batch', oAuthFlows: { clientCredentials: true }, generateSecret: true }] }, /oAuthScopes is \["openid", "email", "profile"\] — client_credentials needs resource-server scopes only/],
  ['CE-CLIENT-OAUTH-FLOWS', { appClients: [{ name: 'web', oAuthFlows: { authorizationCodeGrant: true } }] }, /appClients\[0\].oAuthFlows is \{"authorizationCodeGrant":true\} — the authorization code and implicit grants need at least one callback URL/],
  ['CE-CLIENT-OAUTH-FLOWS', { appClients: [{ name: 'web', callbackUrls: [], oAuthFlows: { implicitCodeGrant: true } }] }, /appClients\[0\].oAuthFlows is \{"implicitCodeGrant":true\}/],
  ['CE-ADMIN-ONLY-ATTRIBUTES', { customAttributes: { tenant_id: new cognito.StringAttribute({ mutable: true }) }, adminOnlyAttributes: ['tenantid'] }, /adminOnlyAttributes\[0\] is "tenantid" — is not a custom attribute of the pool: did you mean tenant_id\?/],
  ['CE-ADMIN-ONLY-ATTRIBUTES', { adminOnlyAttributes: ['custom:employee_id', 'email'] }, /adminOnlyAttributes\[1\] is "email" — is not a custom attribute of the pool \(custom attributes: department, employee_id; standard attributes are restricted with each client's writeAttributes\)/],
  ['CE-POOL-TEARDOWN', { removalPolicy: RemovalPolicy.DESTROY, deletionProtection: true }, /deletionProtection is true — removalPolicy is DESTROY, which deletion protection blocks: set deletionProtection: false, or keep removalPolicy RETAIN/],
  ['CE-PASSWORDLESS', { signInPolicy: { allowedFirstAuthFactors: { password: true, emailOtp: true } } }, /mfa is "ON" — one-time codes as a first factor \(signInPolicy.allowedFirstAuthFactors.emailOtp\) need MFA OFF or OPTIONAL/],
  ['CE-PASSWORDLESS', { mfa: cognito.Mfa.OPTIONAL, featurePlan: cognito.FeaturePlan.LITE, signInPolicy: { allowedFirstAuthFactors: { password: true, passkey: true } } }, /signInPolicy.allowedFirstAuthFactors is .* — passwordless first factors need the ESSENTIALS or PLUS feature plan \(featurePlan is LITE\)/],
  ['CE-PASSWORDLESS', { signInPolicy: { allowedFirstAuthFactors: { password: true, passkey: true } }, passkeyUserVerification: cognito.PasskeyUserVerification.PREFERRED }, /passkeyUserVerification is "preferred" — with required MFA a passkey stands for both factors/],
  ['CE-PASSWORDLESS', { mfa: cognito.Mfa.OPTIONAL, signInPolicy: { allowedFirstAuthFactors: { password: true, smsOtp: true } }, enableSmsRole: false }, /signInPolicy.allowedFirstAuthFactors.smsOtp is true — SMS one-time codes need an SMS role/],
  ['CE-INPUT-SHAPE', { appClients: [{ name: 'web', callback_urls: ['https://app.example.com/cb'] }] } as unknown as EnterpriseUserPoolProps, /appClients\[0\].callback_urls is \["https:\/\/app.example.com\/cb"\] — is not a setting of EnterpriseAppClientOptions: did you mean callbackUrls\?/],
  ['CE-INPUT-SHAPE', { appClients: [{ name: 'web', callbackUrls: 'https://app.example.com/cb' as unknown as string[] }] }, /appClients\[0\].callbackUrls is "https:\/\/app.example.com\/cb" — must be a list \(received a string\)/],
  ['CE-INPUT-SHAPE', { passwordPolicy: { minLength: '12' as unknown as number } }, /passwordPolicy.minLength is "12" — must be a number \(received a string\)/],
  ['CE-CLIENT-CONTEXT-DATA', { appClients: [{ name: 'spa', enablePropagateAdditionalUserContextData: true }] }, /enablePropagateAdditionalUserContextData is true — needs generateSecret: true/],
  ['CE-DOMAIN-CHOICE', { domain: {} }, /domain is \{\}/],
  ['CE-DOMAIN-PREFIX', { domain: { cognitoDomainPrefix: 'My_Users' } }, /domain.cognitoDomainPrefix is "My_Users" — a Cognito domain prefix is 1–63 lowercase/],
  ['CE-DOMAIN-PREFIX', { domain: { cognitoDomainPrefix: 'acme-cognito-login' } }, /may not contain the reserved word "cognito"/],
  ['CE-DOMAIN-PREFIX', { domain: { cognitoDomainPrefix: 'myaws' } }, /reserved word "aws"/],
  ['CE-DOMAIN-CERTIFICATE', { domain: { customDomainName: 'auth.example.com' } }, /domain.certificate is undefined — a custom domain needs an ACM certificate in us-east-1/],
  ['CE-GROUP', { groups: [{ name: 'admins', precedence: -1 }] }, /groups\[0\].precedence is -1 — must be a non-negative integer$/],
  ['CE-GROUP', { groups: [{ name: 'x'.repeat(129) }] }, /groups\[0\].name is "x{129}" — must be 1–128/],
  ['CE-GROUP', { groups: [{ name: 'Tenant Admins' }] }, /groups\[0\].name is "Tenant Admins" — must be 1–128 letters, marks, symbols, digits or punctuation \(no spaces\)$/],
  ['CE-POOL-TAGS', { tags: { 'aws:team': 'identity' } }, /tags is "aws:team" — the aws: prefix is reserved/],
  ['CE-POOL-TAGS', { tags: { 'cost centre!': 'x' } }, /tags is "cost centre!" — a tag key is 1–128/],
  ['CE-POOL-TAGS', { tags: { team: 'v'.repeat(257) } }, /tags.team is "v{257}" — a tag value is 0–256/],
  ['CE-POOL-TAGS', { tags: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v'])) }, /tags is "51 tags" — at most 50 tags are allowed, ManagedBy included/],
  ['CE-SCHEMA-CUSTOM-ATTRIBUTE-CONSTRAINTS', { customAttributes: { 'cost centre': new cognito.StringAttribute() } }, /customAttributes is "cost centre" — custom attribute names are letters/],
  ['CE-SCHEMA-CUSTOM-ATTRIBUTE-CONSTRAINTS', { customAttributes: { age: new cognito.NumberAttribute({ min: 18, max: 1 }) } }, /customAttributes.age.min is 18 — must not exceed max \(1\)/],
  ['CE-SCHEMA-CUSTOM-ATTRIBUTE-CONSTRAINTS', { customAttributes: { score: new cognito.NumberAttribute({ max: Infinity }) } }, /customAttributes.score.max is Infinity — must be a finite number/],
  ['CE-PASSKEY-RELYING-PARTY', { mfa: cognito.Mfa.OPTIONAL, passwordless: { passkeys: true, passkeyRelyingPartyId: 'https://auth.example.com' } }, /passwordless.passkeyRelyingPartyId is "https:\/\/auth.example.com" — a passkey relying party id is a host name/],
  ['CE-PASSKEY-RELYING-PARTY', { passkeyRelyingPartyId: 'auth.example.com:443' }, /passkeyRelyingPartyId is "auth.example.com:443"/],
  ['CE-CLIENT-LIMITS', { appClients: [{ name: 'web', callbackUrls: urls(101) }] }, /callbackUrls is "101 URLs" — at most 100 URLs/],
  ['CE-CLIENT-LIMITS', { appClients: [{ name: 'web', callbackUrls: urls(1), logoutUrls: urls(101) }] }, /logoutUrls is "101 URLs"/],
  ['CE-CLIENT-LIMITS', { appClients: [{ name: 'web', callbackUrls: urls(1), oAuthScopes: scopes(51) }] }, /oAuthScopes is "51 scopes" — at most 50 scopes/],
  ['CE-CLIENT-LIMITS', { appClients: [{ name: 'web', callbackUrls: urls(1), oAuthScopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.custom('api/read all')] }] }, /oAuthScopes\[1\] is "api\/read all" — a scope is 1–256 printable characters/],
  ['CE-CLIENT-LIMITS', { appClients: [{ name: 'web', callbackUrls: urls(1), supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom('x'.repeat(33))] }] }, /supportedIdentityProviders\[0\] is "x{33}" — a provider name is 1–32 characters/],
  ['CE-CLIENT-USER-AUTH-PLAN', { featurePlan: cognito.FeaturePlan.LITE, appClients: [{ name: 'web', authFlows: { user: true } }] }, /authFlows.user is true — needs the ESSENTIALS or PLUS feature plan \(featurePlan is LITE\)/],
  ['CE-TRIGGER-POST-AUTHENTICATION', { lambdaTriggers: { postAuthentication: OWN_POST_AUTHENTICATION }, triggers: { lastSignIn: {} } }, /lambdaTriggers.postAuthentication is "Functions\/OwnPostAuth" — triggers.lastSignIn takes the post authentication trigger/],
  ['CE-TRIGGER-COMBINATIONS', { triggers: { customMessage: {} }, userVerification: { emailStyle: cognito.VerificationEmailStyle.LINK } }, /userVerification.emailStyle is "CONFIRM_WITH_LINK" — the custom message trigger sends codes/],
  ['CE-TRIGGER-COMBINATIONS', {
    appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/cb'] }],
    triggers: { magicLink: { baseUrl: 'https://app.example.com/cb', senderAddress: 'no-reply@example.com' } },
  }, /mfa is "ON" — Cognito applies no MFA to a custom authentication flow that never checks a password/],
];

describe('synth-time validation rules', () => {
  test.each(BROKEN.map(([id, props, message]) => [id, message.source.slice(0, 60), props, message] as const))('%s: %s', (ruleId, _title, props, message) => {
    const attempt = build(props);
    expect(attempt).toThrow(new RegExp(`\\[${ruleId}\\] TestStack/Users`));
    expect(attempt).toThrow(message);
  });

  test('a custom domain certificate outside us-east-1 is rejected', () => {
    const stack = testStack();
    const certificate = acm.Certificate.fromCertificateArn(stack, 'Cert', CERT_ARN('eu-west-1'));
    expect(() => new EnterpriseUserPool(stack, 'Users', { domain: { customDomainName: 'auth.example.com', certificate } }))
      .toThrow(/\[CE-DOMAIN-CERTIFICATE\] TestStack\/Users: domain.certificate is .* — the certificate is in eu-west-1; Cognito custom domains need one in us-east-1/);
  });

  test('a certificate created in a stack outside us-east-1 is rejected', () => {
    const stack = testStack();
    const certificate = new acm.Certificate(stack, 'Cert', { domainName: 'auth.example.com' });
    expect(() => new EnterpriseUserPool(stack, 'Users', { domain: { customDomainName: 'auth.example.com', certificate } }))
      .toThrow(/the certificate is in eu-west-1/);
  });

  test('a certificate without a custom domain is rejected', () => {
    const stack = testStack();
    const certificate = acm.Certificate.fromCertificateArn(stack, 'Cert', CERT_ARN('us-east-1'));
    expect(() => new EnterpriseUserPool(stack, 'Users', { domain: { cognitoDomainPrefix: 'corp-users', certificate } }))
      .toThrow(/a certificate only applies to a custom domain/);
  });

  test('every broken rule is reported at once', () => {
    expect(build({ passwordPolicy: { minLength: 3, passwordHistorySize: 30 } })).toThrow(/2 Cognito rules broken:\n {2}\[CE-PASSWORD-LENGTH\].*\n {2}\[CE-PASSWORD-HISTORY\]/);
  });

  test('values only known at deploy time are skipped', () => {
    const stack = testStack();
    const name = new CfnParameter(stack, 'PoolName').valueAsString;
    const prefix = new CfnParameter(stack, 'DomainPrefix').valueAsString;
    const callback = new CfnParameter(stack, 'CallbackUrl').valueAsString;
    expect(() => new EnterpriseUserPool(stack, 'Users', {
      userPoolName: name,
      userVerification: { emailBody: name },
      domain: { cognitoDomainPrefix: prefix },
      appClients: [{ name: 'web', callbackUrls: [callback], defaultRedirectUri: callback }],
    })).not.toThrow();
  });

  test('values at the edges of every range are accepted', () => {
    expect(build({
      passwordPolicy: { minLength: 6, tempPasswordValidity: Duration.days(365), passwordHistorySize: 24 },
      customAttributes: { a2345678901234567890: new cognito.StringAttribute({ maxLen: 2048 }) },
      appClients: [{
        name: 'edge',
        accessTokenValidity: Duration.minutes(5),
        idTokenValidity: Duration.days(1),
        refreshTokenValidity: Duration.days(1),
        authSessionValidity: Duration.minutes(15),
        callbackUrls: ['http://localhost:8080/callback', 'myapp://callback'],
      }],
      domain: { cognitoDomainPrefix: 'a' },
    })).not.toThrow();
  });

  test('a production stack that would delete its pool gets a warning', () => {
    const stack = new Stack(undefined, 'auth-prod');
    new EnterpriseUserPool(stack, 'Users', { removalPolicy: RemovalPolicy.DESTROY, deletionProtection: false });
    const warnings = Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('CE-POOL-RETENTION'));
    expect(warnings.map((w) => w.entry.data)).toEqual([
      expect.stringMatching(/removalPolicy is "destroy" — a pool in a production stack should be retained/),
      expect.stringMatching(/deletionProtection is false/),
    ]);
  });

  test('a development stack may delete its pool without a warning', () => {
    const stack = new Stack(undefined, 'auth-dev');
    new EnterpriseUserPool(stack, 'Users', { removalPolicy: RemovalPolicy.DESTROY, deletionProtection: false });
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('CE-POOL-RETENTION'))).toEqual([]);
  });

  test('a link placeholder with any label is accepted', () => {
    expect(build({ userVerification: { emailStyle: cognito.VerificationEmailStyle.LINK, emailBody: 'Welcome! {##Click here##} to confirm.' } })).not.toThrow();
  });

  test.each([
    ['trusted domains with self sign-up', { selfSignUpEnabled: true, triggers: { preSignUp: { trustedDomains: ['example.com'] } } }, /triggers.preSignUp.trustedDomains .* marked verified without proof/],
    ['post confirmation without self sign-up', { groups: [{ name: 'staff' }], triggers: { postConfirmation: { defaultGroup: 'staff' } } }, /post confirmation only for self sign-up/],
  ] as Array<[string, EnterpriseUserPoolProps, RegExp]>)('CE-TRIGGER-RISKS warns about %s', (_title, props, message) => {
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users', props);
    const warnings = Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('CE-TRIGGER-RISKS'));
    expect(warnings.map((warning) => warning.entry.data)).toEqual([expect.stringMatching(message)]);
  });

  test('the implicit grant is legal but warned about', () => {
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users', { appClients: [{ name: 'legacy', callbackUrls: ['https://app.example.com/cb'], oAuthFlows: { implicitCodeGrant: true } }] });
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('CE-CLIENT-IMPLICIT-GRANT'))).toHaveLength(1);
  });

  test('every rule in the catalogue has a failing case here and a unique id', () => {
    const ids = describeRules().map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Pool-wide client and provider rules run at synth: federation-rules.test.ts covers each of them.
    const atSynth = [...PROVIDER_RULES, ...POOL_CLIENT_RULES].map(({ id }) => id);
    const warnings = ['CE-POOL-RETENTION', 'CE-CLIENT-IMPLICIT-GRANT', 'CE-TRIGGER-RISKS', 'CE-PASSWORDLESS-EMAIL-QUOTA', 'CE-POOL-TEARDOWN-PROTECTION-OFF'];
    // Tested in schema-rules.test.ts: they need a certificate, a synthesized app or an identity pool.
    const elsewhere = ['CE-DOMAIN-CUSTOM-NAME', 'CE-PASSKEY-RELYING-PARTY-DOMAIN', 'CE-PASSKEY-DOMAIN', 'CE-RESOURCE-SERVER', 'CE-CLIENT-RESOURCE-SCOPES', 'CE-IDENTITY-POOL-NAME'];
    // Tested in test/api-access/machine-clients.test.ts: it warns at synth, once every domain is known.
    elsewhere.push('CE-M2M-DOMAIN');
    const tested = new Set([...BROKEN.map(([id]) => id), ...warnings, ...atSynth, ...elsewhere]);
    expect(ids.filter((id) => !tested.has(id))).toEqual([]);
  });
});
