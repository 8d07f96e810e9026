import { CfnParameter, SecretValue } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import { ADFS, OKTA_OIDC, ssoProps } from './fixtures';
import { EnterpriseSso, EnterpriseSsoProps, SamlAttributeMappingPreset } from '../../lib/enterprise-sso';
import { ENTERPRISE_SSO_RULES } from '../../lib/enterprise-sso/rules';
import { RuleSeverity } from '../../lib/private/validation/rule';
import { IDP_METADATA } from '../support/saml-metadata';
import { testStack } from '../support/test-stack';

const saml = (overrides: object): EnterpriseSsoProps => ssoProps({ samlProviders: [{ ...ADFS, ...overrides }] });
const oidc = (overrides: object): EnterpriseSsoProps => ssoProps({ samlProviders: undefined, oidcProviders: [{ ...OKTA_OIDC, ...overrides }] });
const identifiers = (count: number, length = 10) => Array.from({ length: count }, (_, i) => `${i}`.padStart(length, 'd'));

/** Each case breaks one rule; the error must name the rule, the construct path, the prop and the value. */
const BROKEN: Array<[string, EnterpriseSsoProps, RegExp]> = [
  ['CE-SSO-PROVIDERS-REQUIRED', ssoProps({ samlProviders: [] }), /samlProviders is \[\] — an enterprise SSO pool has at least one SAML or OIDC provider/],
  ['CE-SSO-DOMAIN-REQUIRED', ssoProps({ domain: undefined }), /domain is undefined — federated sign-in needs a hosted domain/],
  ['CE-SSO-PROVIDER-NAME', saml({ name: 'AD' }), /samlProviders\[0\].name is "AD" — must be 3–32 characters \(received 2\)/],
  ['CE-SSO-PROVIDER-NAME', saml({ name: 'x'.repeat(33) }), /must be 3–32 characters \(received 33\)/],
  ['CE-SSO-PROVIDER-NAME', saml({ name: 'COGNITO' }), /samlProviders\[0\].name is "COGNITO" — is the name of a built-in provider/],
  ['CE-SSO-PROVIDER-NAME', oidc({ name: 'Google' }), /oidcProviders\[0\].name is "Google" — is the name of a built-in provider/],
  ['CE-SSO-PROVIDER-NAME', saml({ name: 'SignInWithApple' }), /built-in provider/],
  ['CE-SSO-PROVIDER-NAME', saml({ name: '_Corp' }), /samlProviders\[0\].name is "_Corp" — a provider name is 3–32 characters matching/],
  ['CE-SSO-PROVIDER-NAME', saml({ name: 'CorpIdP_' }), /name is "CorpIdP_"/],
  ['CE-SSO-PROVIDER-NAME', saml({ name: 'Corp IdP' }), /name is "Corp IdP"/],
  ['CE-SSO-PROVIDER-NAMES-UNIQUE', ssoProps({ samlProviders: [ADFS, { ...ADFS, identifiers: undefined }] }), /samlProviders\[1\].name is "EnterpriseADFS" — provider names are unique/],
  ['CE-SSO-PROVIDER-NAMES-UNIQUE', ssoProps({ oidcProviders: [{ ...OKTA_OIDC, name: 'EnterpriseADFS' }] }), /oidcProviders\[0\].name is "EnterpriseADFS"/],
  ['CE-SSO-SAML-METADATA', saml({ metadataUrl: 'http://adfs.example.com/metadata.xml' }), /samlProviders\[0\].metadataUrl is "http:\/\/adfs.example.com\/metadata.xml" — must use HTTPS \(received http\)/],
  ['CE-SSO-SAML-METADATA', saml({ metadataUrl: 'adfs.example.com/metadata.xml' }), /must be an absolute URL/],
  ['CE-SSO-SAML-METADATA', saml({ metadataDocument: '<EntityDescriptor/>' }), /give exactly one of metadataUrl and metadataDocument/],
  ['CE-SSO-SAML-METADATA', saml({ metadataUrl: undefined }), /metadataUrl is undefined — give exactly one/],
  ['CE-SSO-SAML-METADATA', saml({ metadataUrl: undefined, metadataDocument: IDP_METADATA.replace(/<md:SingleSignOnService[^>]*\/>/, '') }), /samlProviders\[0\].metadataDocument is "<\?xml.*" — has no SingleSignOnService/],
  ['CE-SSO-SAML-METADATA', saml({ metadataUrl: undefined, metadataDocument: '<html><body>Sign in</body></html>' }), /must have an EntityDescriptor root \(received html\)/],
  ['CE-SSO-IDP-IDENTIFIERS', saml({ identifiers: identifiers(51) }), /samlProviders\[0\].identifiers is "51 identifiers" — at most 50 identifiers are allowed/],
  ['CE-SSO-IDP-IDENTIFIERS', saml({ identifiers: ['a'.repeat(41)] }), /samlProviders\[0\].identifiers\[0\] is "a{41}" — must be 1–40 characters of letters, digits, spaces and \+ = . @ - _/],
  ['CE-SSO-IDP-IDENTIFIERS', saml({ identifiers: ['example.com/eu'] }), /samlProviders\[0\].identifiers\[0\] is "example.com\/eu"/],
  ['CE-SSO-IDP-IDENTIFIERS', saml({ identifiers: ['example.com', ''] }), /samlProviders\[0\].identifiers\[1\] is ""/],
  ['CE-SSO-IDP-IDENTIFIERS-UNIQUE', ssoProps({ oidcProviders: [{ ...OKTA_OIDC, identifiers: ['example.com'] }] }), /oidcProviders\[0\].identifiers\[0\] is "example.com" — is already an identifier of EnterpriseADFS/],
  ['CE-SSO-OIDC-ISSUER', oidc({ issuerUrl: 'http://example.okta.com' }), /oidcProviders\[0\].issuerUrl is "http:\/\/example.okta.com" — must use HTTPS/],
  ['CE-SSO-OIDC-CLIENT-SECRET', oidc({ clientSecret: SecretValue.unsafePlainText('hunter2') }), /oidcProviders\[0\].clientSecret is "a plain-text SecretValue" — an OIDC client secret is a dynamic reference/],
  ['CE-SSO-ATTRIBUTE-MAPPING', saml({ attributeMapping: { custom: { 'custom:cost_center': cognito.ProviderAttribute.other('cc') } } }), /samlProviders\[0\].attributeMapping.custom.custom:cost_center is "custom:cost_center" — is not a custom attribute of the pool/],
  ['CE-SSO-ATTRIBUTE-MAPPING', ssoProps({
    customAttributes: { employee_id: new cognito.StringAttribute({ mutable: false }) },
    samlProviders: [{ ...ADFS, attributeMapping: { custom: { 'custom:employee_id': cognito.ProviderAttribute.other('eid') } } }],
  }), /attributeMapping.custom.custom:employee_id is "custom:employee_id" — is immutable in the pool, so every sign-in after the first would fail/],
  ['CE-SSO-ATTRIBUTE-MAPPING', ssoProps({
    standardAttributes: { email: { required: true, mutable: false } },
    samlProviders: [{ ...ADFS, attributeMapping: { email: cognito.ProviderAttribute.other('mail') } }],
  }), /attributeMapping.email is "email" — is immutable/],
  ['CE-SSO-CLIENT-PROVIDERS', ssoProps({ appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/cb'], supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom('Okta')] }] }), /appClients\[0\].supportedIdentityProviders\[0\] is "Okta" — is not a provider of the pool \(known: COGNITO, EnterpriseADFS\)/],
  ['CE-SSO-CLIENT-PROVIDERS', ssoProps({ appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/cb'], supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.GOOGLE] }] }), /appClients\[0\].supportedIdentityProviders\[0\] is "Google"/],
  ['CE-SSO-IDENTITY-POOL', ssoProps({ appClients: undefined, identityPool: {} }), /appClients is \[\] — an identity pool needs an app client to trust/],
  ['CE-SSO-IDENTITY-POOL', ssoProps({ identityPool: { rules: [] } }), /identityPool.rules is "0 rules" — must have 1–25 rules/],
];

/** Each case is risky but deployable: a warning annotation with the rule id, not an error. */
const WARNED: Array<[string, EnterpriseSsoProps, RegExp]> = [
  ['CE-SSO-REQUIRED-ATTRIBUTES-MAPPED', saml({ preset: undefined, attributeMapping: { email: cognito.ProviderAttribute.other('mail') } }), /samlProviders\[0\].attributeMapping is \["email"\] — does not map the required family_name, given_name/],
  ['CE-SSO-CLIENT-OAUTH', ssoProps({ appClients: [{ name: 'mobile' }] }), /appClients\[0\].callbackUrls is undefined — federated sign-in runs through the OAuth endpoints/],
];

describe('EnterpriseSso synth-time rules', () => {
  test.each(BROKEN.map(([id, props, message]) => [id, message.source.slice(0, 60), props, message] as const))('%s: %s', (ruleId, _title, props, message) => {
    const attempt = () => new EnterpriseSso(testStack(), 'Sso', props);
    expect(attempt).toThrow(new RegExp(`\\[${ruleId}\\] TestStack/Sso: `));
    expect(attempt).toThrow(message);
  });

  test.each(WARNED.map(([id, props, message]) => [id, props, message] as const))('%s warns', (ruleId, props, message) => {
    const stack = testStack();
    new EnterpriseSso(stack, 'Sso', props);
    const warnings = Annotations.fromStack(stack).findWarning('/TestStack/Sso', Match.stringLikeRegexp(`\\[${ruleId}\\]`));
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0].entry.data)).toMatch(message);
  });

  test('a client that names a provider added later through addAppClient is checked too', () => {
    const sso = new EnterpriseSso(testStack(), 'Sso', ssoProps());
    expect(() => sso.addAppClient({ name: 'late', callbackUrls: ['https://late.example.com/cb'], supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom('Missing')] }))
      .toThrow(/\[CE-SSO-CLIENT-PROVIDERS\] TestStack\/Sso: addAppClient\("late"\).supportedIdentityProviders\[0\] is "Missing"/);
  });

  test('built-in providers registered on the pool by hand may be named', () => {
    const stack = testStack();
    const sso = new EnterpriseSso(stack, 'Sso', ssoProps({ appClients: undefined }));
    new cognito.UserPoolIdentityProviderGoogle(stack, 'Google', {
      userPool: sso.userPool,
      clientId: 'google-client',
      clientSecretValue: SecretValue.secretsManager('sso/google'),
    });
    expect(() => sso.addAppClient({
      name: 'web',
      callbackUrls: ['https://app.example.com/cb'],
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.GOOGLE, cognito.UserPoolClientIdentityProvider.custom('EnterpriseADFS')],
    })).not.toThrow();
  });

  test('valid edge values pass: 3- and 32-character and non-Latin names, 50 identifiers of 40 characters', () => {
    for (const name of ['ADX', 'x'.repeat(32), 'Überseeamt-ADFS', 'Corp-IdP', 'A+B']) {
      expect(() => new EnterpriseSso(testStack(), 'Sso', saml({ name }))).not.toThrow();
    }
    expect(() => new EnterpriseSso(testStack(), 'Sso', saml({ identifiers: identifiers(50, 40) }))).not.toThrow();
  });

  test('every broken rule is reported at once', () => {
    expect(() => new EnterpriseSso(testStack(), 'Sso', saml({ name: 'AD', metadataUrl: 'http://adfs.example.com/md' })))
      .toThrow(/2 Cognito rules broken:\n {2}\[CE-SSO-PROVIDER-NAME\].*\n {2}\[CE-SSO-SAML-METADATA\]/);
  });

  test('values only known at deploy time are skipped', () => {
    const stack = testStack();
    const name = new CfnParameter(stack, 'ProviderName').valueAsString;
    const url = new CfnParameter(stack, 'MetadataUrl').valueAsString;
    expect(() => new EnterpriseSso(stack, 'Sso', saml({ name, metadataUrl: url, identifiers: [new CfnParameter(stack, 'Domain').valueAsString] }))).not.toThrow();
  });

  test('pool rules still apply and name the inner pool', () => {
    expect(() => new EnterpriseSso(testStack(), 'Sso', ssoProps({ passwordPolicy: { minLength: 5 } })))
      .toThrow(/\[CE-PASSWORD-LENGTH\] TestStack\/Sso\/Pool: passwordPolicy.minLength is 5/);
  });

  test('the identity pool rules hold for rule-based mapping too', () => {
    const stack = testStack();
    const role = new iam.Role(stack, 'R', { assumedBy: new iam.AccountRootPrincipal() });
    const rules = Array.from({ length: 26 }, (_, i) => ({ claim: 'custom:role', claimValue: `r${i}`, mappedRole: role }));
    expect(() => new EnterpriseSso(stack, 'Sso', ssoProps({ identityPool: { rules } }))).toThrow(/identityPool.rules is "26 rules"/);
  });

  test('every rule has a broken or warned case, and warnings are exactly the warning-severity rules', () => {
    const covered = new Set([...BROKEN, ...WARNED].map(([id]) => id));
    expect(ENTERPRISE_SSO_RULES.map(({ id }) => id).filter((id) => !covered.has(id))).toEqual([]);
    expect(ENTERPRISE_SSO_RULES.filter(({ severity }) => severity === RuleSeverity.WARNING).map(({ id }) => id).sort())
      .toEqual(WARNED.map(([id]) => id).sort());
  });

  test('presets never trip the mapping rule, even over a pool without their attributes', () => {
    expect(() => new EnterpriseSso(testStack(), 'Sso', ssoProps({
      customAttributes: {},
      samlProviders: [{ ...ADFS, preset: SamlAttributeMappingPreset.ADFS }],
    }))).not.toThrow();
  });
});
