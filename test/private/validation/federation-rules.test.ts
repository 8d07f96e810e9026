import { SecretValue, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { EnterpriseUserPool, EnterpriseUserPoolProps } from '../../../lib';
import { POOL_CLIENT_RULES, PROVIDER_RULES } from '../../../lib/private/validation/catalogue';
import { RuleSeverity } from '../../../lib/private/validation/rule';
import { samlMetadataProblem } from '../../../lib/private/validation/saml-metadata-document';
import { IDP_METADATA } from '../../support/saml-metadata';
import { testStack } from '../../support/test-stack';

const CALLBACK = ['https://app.example.com/callback'];
const department = { custom: { 'custom:department': cognito.ProviderAttribute.other('dept') } };
/** A pool whose custom:role only administrators and IdPs may set. */
const WITH_ROLE: EnterpriseUserPoolProps = {
  customAttributes: { department: new cognito.StringAttribute({ mutable: true }), role: new cognito.StringAttribute({ mutable: true }) },
  adminOnlyAttributes: ['role'],
};
const role = { custom: { 'custom:role': cognito.ProviderAttribute.other('role') } };

/** A SAML provider registered on the pool by hand, as an application stack would. */
function saml(
  stack: Stack, users: EnterpriseUserPool, overrides: Partial<cognito.UserPoolIdentityProviderSamlProps> = {},
): cognito.UserPoolIdentityProviderSaml {
  return new cognito.UserPoolIdentityProviderSaml(stack, 'Corp', {
    userPool: users.userPool,
    name: 'CorpSaml',
    metadata: cognito.UserPoolIdentityProviderSamlMetadata.url('https://idp.example.com/metadata'),
    attributeMapping: { email: cognito.ProviderAttribute.other('mail'), ...department },
    ...overrides,
  });
}

function oidc(
  stack: Stack, users: EnterpriseUserPool, overrides: Partial<cognito.UserPoolIdentityProviderOidcProps> = {},
): cognito.UserPoolIdentityProviderOidc {
  return new cognito.UserPoolIdentityProviderOidc(stack, 'Partner', {
    userPool: users.userPool,
    name: 'PartnerOidc',
    issuerUrl: 'https://login.partner.example.com',
    clientId: 'partner-client',
    clientSecret: SecretValue.secretsManager('partner/oidc').unsafeUnwrap(),
    attributeMapping: { email: cognito.ProviderAttribute.other('email') },
    ...overrides,
  });
}

const federated = (name = 'CorpSaml') => ({ name: 'web', callbackUrls: CALLBACK, supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom(name)] });

type Setup = (stack: Stack) => void;

function pool(stack: Stack, props: EnterpriseUserPoolProps = {}): EnterpriseUserPool {
  return new EnterpriseUserPool(stack, 'Users', props);
}

/** Synthesizes the stack: pool-wide rules run then, once every client and provider is known. */
function synth(setup: Setup): { stack: Stack; template: () => Template } {
  const stack = testStack();
  setup(stack);
  return { stack, template: () => Template.fromStack(stack) };
}

/** Each case breaks one rule at synth; the message names the rule, the construct, the prop and the value. */
const BROKEN: Array<[string, string, Setup, RegExp]> = [
  ['CE-CLIENT-MAPPED-ATTRIBUTES', 'a provider registered after the client maps what the client cannot write', (stack) => {
    const users = pool(stack, { ...WITH_ROLE, appClients: [federated()] });
    saml(stack, users, { attributeMapping: role });
  }, /\[CE-CLIENT-MAPPED-ATTRIBUTES\] TestStack\/Users\/UserPool\/web: supportedIdentityProviders\[0\] is "CorpSaml" — maps custom:role \(attributeMapping.custom:role\), which the client cannot write/],
  ['CE-CLIENT-MAPPED-ATTRIBUTES', 'explicit write attributes leave out a mapped attribute', (stack) => {
    const users = pool(stack);
    saml(stack, users);
    users.addAppClient({ ...federated(), writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }) });
  }, /web: supportedIdentityProviders\[0\] is "CorpSaml" — maps custom:department/],
  ['CE-CLIENT-MAPPED-ATTRIBUTES', 'a client that signs users in with SRP does not get an admin-only mapped attribute by default', (stack) => {
    const users = pool(stack, WITH_ROLE);
    saml(stack, users, { attributeMapping: role });
    users.addAppClient({ ...federated(), supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO, cognito.UserPoolClientIdentityProvider.custom('CorpSaml')] });
  }, /supportedIdentityProviders\[1\] is "CorpSaml" — maps custom:role/],
  ['CE-CLIENT-IDENTITY-PROVIDERS', 'a client names a provider the pool never gets', (stack) => {
    pool(stack, { appClients: [federated('Nowhere')] });
  }, /\[CE-CLIENT-IDENTITY-PROVIDERS\] TestStack\/Users\/UserPool\/web: supportedIdentityProviders\[0\] is "Nowhere" — is not an identity provider of the pool \(known: COGNITO\)/],
  ['CE-CLIENT-ATTRIBUTES', 'a client reads an undeclared custom attribute', (stack) => {
    pool(stack, { appClients: [{ name: 'app', readAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }).withCustomAttributes('cost_center') }] });
  }, /\[CE-CLIENT-ATTRIBUTES\] TestStack\/Users\/UserPool\/app: readAttributes\[0\] is "custom:cost_center" — is not a custom attribute of the pool/],
  ['CE-CLIENT-ATTRIBUTES', 'a client writes a misspelt standard attribute', (stack) => {
    const users = pool(stack, { appClients: [{ name: 'app' }] });
    (users.appClients.app.node.defaultChild as cognito.CfnUserPoolClient).writeAttributes = ['email', 'givenName'];
  }, /writeAttributes\[1\] is "givenName" — is not a standard attribute/],
  ['CE-IDP-ATTRIBUTE-MAPPING', 'a mapping onto an immutable attribute', (stack) => {
    saml(stack, pool(stack), { attributeMapping: { custom: { 'custom:employee_id': cognito.ProviderAttribute.other('eid') } } });
  }, /attributeMapping.custom:employee_id is "eid" — custom:employee_id is immutable in the pool/],
  ['CE-IDP-SAML-METADATA', 'a metadata document that describes a service provider', (stack) => {
    saml(stack, pool(stack), { metadata: cognito.UserPoolIdentityProviderSamlMetadata.file(IDP_METADATA.replace(/IDPSSODescriptor/g, 'SPSSODescriptor')) });
  }, /\[CE-IDP-SAML-METADATA\] TestStack\/Corp: providerDetails.MetadataFile is .* — has no IDPSSODescriptor/],
  ['CE-IDP-SAML-METADATA', 'a metadata URL over plain HTTP', (stack) => {
    saml(stack, pool(stack), { metadata: cognito.UserPoolIdentityProviderSamlMetadata.url('http://idp.example.com/metadata') });
  }, /providerDetails.MetadataURL is "http:\/\/idp.example.com\/metadata" — must use HTTPS/],
  ['CE-IDP-OIDC', 'an OIDC issuer over plain HTTP', (stack) => {
    oidc(stack, pool(stack), { issuerUrl: 'http://login.partner.example.com' });
  }, /\[CE-IDP-OIDC\] TestStack\/Partner: providerDetails.oidc_issuer is "http:\/\/login.partner.example.com" — must use HTTPS/],
  ['CE-IDP-OIDC', 'an attribute request method Cognito does not know', (stack) => {
    const provider = oidc(stack, pool(stack));
    const resource = provider.node.defaultChild as cognito.CfnUserPoolIdentityProvider;
    resource.providerDetails = { ...resource.providerDetails, attributes_request_method: 'PUT' };
  }, /providerDetails.attributes_request_method is "PUT" — must be GET or POST/],
];

/** Each case is deployable but fails at sign-in or sign-up for some users: a warning with the rule id. */
const WARNED: Array<[string, string, Setup, RegExp]> = [
  ['CE-IDP-ATTRIBUTE-MAPPING-UNKNOWN', 'a mapping onto an undeclared custom attribute', (stack) => {
    saml(stack, pool(stack), { attributeMapping: { custom: { 'custom:cost_center': cognito.ProviderAttribute.other('cc') } } });
  }, /\[CE-IDP-ATTRIBUTE-MAPPING-UNKNOWN\] TestStack\/Corp: attributeMapping.custom:cost_center is "cc" — custom:cost_center is not a custom attribute of the pool/],
  ['CE-IDP-ATTRIBUTE-MAPPING-UNKNOWN', 'a custom mapping without its prefix', (stack) => {
    saml(stack, pool(stack), { attributeMapping: { custom: { department: cognito.ProviderAttribute.other('dept') } } });
  }, /attributeMapping.department is "dept" — department is not an attribute of the pool \(custom attributes carry the custom: prefix\)/],
  ['CE-CLIENT-REQUIRED-ATTRIBUTES', 'a self sign-up client that cannot write a required attribute', (stack) => {
    pool(stack, { selfSignUpEnabled: true, appClients: [{ name: 'app', writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }) }] });
  }, /\[CE-CLIENT-REQUIRED-ATTRIBUTES\] TestStack\/Users\/UserPool\/app: writeAttributes is \["email"\] — lacks the required given_name/],
  ['CE-IDP-OIDC-SCOPES', 'OIDC scopes without openid', (stack) => {
    oidc(stack, pool(stack), { scopes: ['email', 'profile'] });
  }, /\[CE-IDP-OIDC-SCOPES\] TestStack\/Partner: providerDetails.authorize_scopes is "email profile" — does not include openid/],
];

describe('pool-wide client and identity-provider rules', () => {
  test.each(BROKEN)('%s: %s', (_id, _title, setup, message) => {
    expect(synth(setup).template).toThrow(message);
  });

  test.each(WARNED)('%s warns: %s', (id, _title, setup, message) => {
    const { stack } = synth(setup);
    const warnings = Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp(`\\[${id}\\]`));
    expect(warnings.map((warning) => String(warning.entry.data))).toContainEqual(expect.stringMatching(message));
  });

  test('every pool-wide rule has a case here, and warnings are exactly the warning-severity rules', () => {
    const rules = [...PROVIDER_RULES, ...POOL_CLIENT_RULES];
    expect(rules.map(({ id }) => id).filter((id) => ![...BROKEN, ...WARNED].some(([tested]) => tested === id))).toEqual([]);
    const warningIds = rules.filter(({ severity }) => severity === RuleSeverity.WARNING).map(({ id }) => id);
    expect(warningIds.sort()).toEqual([...new Set(WARNED.map(([id]) => id))].sort());
  });

  test.each([
    ['provider first, then the client', (stack: Stack) => {
      const users = pool(stack, WITH_ROLE);
      saml(stack, users, { attributeMapping: { email: cognito.ProviderAttribute.other('mail'), ...department, custom: { ...department.custom, ...role.custom } } });
      users.addAppClient(federated());
    }],
    ['client first, then the provider, with the mapped attribute granted explicitly', (stack: Stack) => {
      const users = pool(stack, {
        appClients: [{ ...federated(), writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, givenName: true, familyName: true }).withCustomAttributes('department') }],
      });
      saml(stack, users, { attributeMapping: { email: cognito.ProviderAttribute.other('mail'), givenName: cognito.ProviderAttribute.other('gn'), familyName: cognito.ProviderAttribute.other('sn'), ...department } });
    }],
  ])('a federated client that can write every mapped attribute synthesizes: %s', (title, setup) => {
    const template = synth(setup).template();
    const client = Object.values(template.findResources('AWS::Cognito::UserPoolClient'))[0];
    expect(client.Properties.WriteAttributes).toEqual(expect.arrayContaining(['email', 'custom:department', ...(title.startsWith('provider first') ? ['custom:role'] : [])]));
    expect(client.Properties.ExplicitAuthFlows).toEqual(['ALLOW_REFRESH_TOKEN_AUTH']);
    expect(client.Properties.SupportedIdentityProviders).toEqual(['CorpSaml']);
  });

  test('a federated-only client gets refresh as its one API flow and no admin scope, so users cannot rewrite mapped attributes', () => {
    const template = synth((stack) => {
      const users = pool(stack);
      saml(stack, users);
      users.addAppClient(federated());
    }).template();
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
      AllowedOAuthScopes: Match.not(Match.arrayWith(['aws.cognito.signin.user.admin'])),
    });
  });

  test('a provider registered by name only (imported) may be named by a client', () => {
    const { template } = synth((stack) => {
      const users = pool(stack);
      users.userPool.registerIdentityProvider(cognito.UserPoolIdentityProvider.fromProviderName(stack, 'Legacy', 'LegacySaml'));
      users.addAppClient(federated('LegacySaml'));
    });
    expect(template).not.toThrow();
  });

  test('compliant providers and clients of every kind synthesize without pool-wide findings', () => {
    const { stack, template } = synth((s) => {
      const users = pool(s, { appClients: [{ name: 'app', readAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, emailVerified: true }).withCustomAttributes('department') }] });
      saml(s, users, { metadata: cognito.UserPoolIdentityProviderSamlMetadata.file(IDP_METADATA) });
      oidc(s, users);
      users.addAppClient({ name: 'sso', callbackUrls: CALLBACK, supportedIdentityProviders: ['CorpSaml', 'PartnerOidc'].map((name) => cognito.UserPoolClientIdentityProvider.custom(name)) });
    });
    expect(template).not.toThrow();
    const ids = [...PROVIDER_RULES, ...POOL_CLIENT_RULES].map(({ id }) => id).join('|');
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp(`\\[(${ids})\\]`))).toEqual([]);
  });
});

describe('SAML metadata structure', () => {
  test('IdP metadata with comments, namespaces, self-closing tags and escaped URLs is accepted', () => {
    expect(samlMetadataProblem(IDP_METADATA)).toBeUndefined();
  });

  test.each([
    ['not XML', 'https://idp.example.com/metadata', /exactly one root element/],
    ['an unclosed element', IDP_METADATA.replace('</md:EntityDescriptor>', ''), /every element closed/],
    ['crossed elements', IDP_METADATA.replace('</md:IDPSSODescriptor>\n</md:EntityDescriptor>', '</md:EntityDescriptor>\n</md:IDPSSODescriptor>'), /closes no open/],
    ['two roots', `${IDP_METADATA}<md:EntityDescriptor/>`, /exactly one root element/],
    ['an EntitiesDescriptor root', `<EntitiesDescriptor>${IDP_METADATA.replace(/<\?xml[^>]*>/, '')}</EntitiesDescriptor>`, /must have an EntityDescriptor root \(received EntitiesDescriptor\)/],
    ['no SingleSignOnService', IDP_METADATA.replace(/<md:SingleSignOnService[^>]*\/>/, ''), /has no SingleSignOnService/],
    ['a broken tag', IDP_METADATA.replace('<md:NameIDFormat>', '<md:NameIDFormat'), /not well-formed/],
  ])('%s is refused', (_title, xml, problem) => {
    expect(samlMetadataProblem(xml)).toMatch(problem);
  });
});
