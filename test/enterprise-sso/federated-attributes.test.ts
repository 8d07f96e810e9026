import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { ADFS, ssoProps } from './fixtures';
import { EnterpriseSso } from '../../lib/enterprise-sso';
import { testStack } from '../support/test-stack';

/** Every client of a template with the attributes its identity providers map, read from the template alone. */
function clientsAndTheirMappedAttributes(template: Template) {
  const providers = Object.values(template.findResources('AWS::Cognito::UserPoolIdentityProvider'))
    .map(({ Properties }) => ({ name: Properties.ProviderName as string, mapped: Object.keys(Properties.AttributeMapping ?? {}) }));
  return Object.values(template.findResources('AWS::Cognito::UserPoolClient')).map(({ Properties }) => ({
    properties: Properties,
    mapped: providers.filter(({ name }) => (Properties.SupportedIdentityProviders as string[]).includes(name)).flatMap(({ mapped }) => mapped),
  }));
}

describe('EnterpriseSso: Cognito\'s rule on mapped attributes', () => {
  // "If your app client allows users to sign in through an IdP, this array must include all
  // attributes that you have mapped to IdP attributes." (API reference, WriteAttributes)
  test('with the ADFS preset at defaults, every client can write every attribute its providers map, and no token may change them', () => {
    const stack = testStack();
    new EnterpriseSso(stack, 'Sso', ssoProps({ samlProviders: [ADFS] }));
    const clients = clientsAndTheirMappedAttributes(Template.fromStack(stack));
    expect(clients).toHaveLength(1);
    for (const { properties, mapped } of clients) {
      expect(mapped).toEqual(expect.arrayContaining(['email', 'given_name', 'family_name', 'custom:employee_id', 'custom:department', 'custom:role']));
      expect(properties.WriteAttributes).toEqual(expect.arrayContaining(mapped));
      expect(properties.AllowedOAuthScopes).not.toContain('aws.cognito.signin.user.admin');
      // Sign-in through the API would grant that scope whatever the client allows: refresh only.
      expect(properties.ExplicitAuthFlows).toEqual(['ALLOW_REFRESH_TOKEN_AUTH']);
    }
  });

  test('every client added later keeps the rule, whichever providers it picks', () => {
    const stack = testStack();
    const sso = new EnterpriseSso(stack, 'Sso', ssoProps({ appClients: undefined }));
    sso.addAppClient({ name: 'portal', callbackUrls: ['https://portal.example.com/cb'] });
    sso.addAppClient({
      name: 'mixed',
      callbackUrls: ['https://admin.example.com/cb'],
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO, cognito.UserPoolClientIdentityProvider.custom(ADFS.name)],
    });
    for (const { properties, mapped } of clientsAndTheirMappedAttributes(Template.fromStack(stack))) {
      expect(properties.WriteAttributes).toEqual(expect.arrayContaining(mapped));
      expect(properties.AllowedOAuthScopes).not.toContain('aws.cognito.signin.user.admin');
    }
  });

  test('a client that cannot write a mapped attribute fails synth with CE-CLIENT-MAPPED-ATTRIBUTES', () => {
    const stack = testStack();
    new EnterpriseSso(stack, 'Sso', ssoProps({
      appClients: [{
        name: 'web',
        callbackUrls: ['https://app.example.com/callback'],
        writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, givenName: true, familyName: true }).withCustomAttributes('employee_id', 'department'),
      }],
    }));
    expect(() => Template.fromStack(stack)).toThrow(
      /\[CE-CLIENT-MAPPED-ATTRIBUTES\] TestStack\/Sso\/Pool\/UserPool\/web: supportedIdentityProviders\[0\] is "EnterpriseADFS" — maps custom:role \(attributeMapping.custom:role\), which the client cannot write/,
    );
  });

  test('a client given the admin scope by hand does not get admin-only mapped attributes, and synth says why', () => {
    const stack = testStack();
    new EnterpriseSso(stack, 'Sso', ssoProps({
      appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/cb'], oAuthScopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.COGNITO_ADMIN] }],
    }));
    // With the scope, users could rewrite admin-only attributes: those are then not granted, and synth says why.
    expect(() => Template.fromStack(stack)).toThrow(/\[CE-CLIENT-MAPPED-ATTRIBUTES\].*maps custom:employee_id/);
  });
});
