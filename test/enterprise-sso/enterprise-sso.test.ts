import { Match, Template } from 'aws-cdk-lib/assertions';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { ADFS, ADFS_METADATA_URL, OKTA_OIDC, ssoProps } from './fixtures';
import { EnterpriseSso, SamlAttributeMappingPreset } from '../../lib/enterprise-sso';
import { awsNagErrors } from '../support/nag';
import { IDP_METADATA } from '../support/saml-metadata';
import { testStack } from '../support/test-stack';

const OKTA_METADATA = IDP_METADATA.replace('https://idp.example.com/metadata', 'http://www.okta.com/exk1');

function synth(props = ssoProps()): { sso: EnterpriseSso; template: Template } {
  const stack = testStack();
  const sso = new EnterpriseSso(stack, 'Sso', props);
  return { sso, template: Template.fromStack(stack) };
}

describe('EnterpriseSso defaults', () => {
  test('snapshot: one SAML provider, a prefix domain and a web client', () => {
    expect(synth().template.toJSON()).toMatchSnapshot();
  });

  test('the pool requires TOTP MFA, has no self sign-up and holds employee_id, department and role', () => {
    const { template } = synth();
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: true }),
      Schema: Match.arrayWith(['employee_id', 'department', 'role'].map((Name) => Match.objectLike({ Name, Mutable: true, AttributeDataType: 'String' }))),
    });
  });

  test('the web client writes the custom attributes the IdPs map, through OAuth only, so users cannot change them', () => {
    const { template } = synth();
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      WriteAttributes: Match.arrayWith(['custom:department', 'custom:employee_id', 'custom:role', 'email']),
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
    });
  });

  test('zero error findings from the AWS Solutions, HIPAA, NIST 800-53 rev 5 and PCI DSS packs', () => {
    const stack = testStack();
    new EnterpriseSso(stack, 'Sso', ssoProps());
    expect(awsNagErrors(stack)).toEqual([]);
  });
});

describe('EnterpriseSso SAML providers', () => {
  test('a provider from a metadata URL with email-domain routing and the opt-in IdP features off', () => {
    const { template } = synth();
    template.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      ProviderName: 'EnterpriseADFS',
      ProviderType: 'SAML',
      ProviderDetails: { MetadataURL: ADFS_METADATA_URL, IDPSignout: false, EncryptedResponses: false, IDPInit: false },
      IdpIdentifiers: ['example.com'],
    });
  });

  test('a provider from a metadata document', () => {
    const { template } = synth(ssoProps({ samlProviders: [{ name: 'Okta', metadataDocument: OKTA_METADATA, preset: SamlAttributeMappingPreset.OKTA }] }));
    template.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      ProviderName: 'Okta',
      ProviderDetails: Match.objectLike({ MetadataFile: OKTA_METADATA, MetadataURL: Match.absent() }),
    });
  });

  test('signed requests, encrypted assertions and single logout when asked', () => {
    const { template } = synth(ssoProps({ samlProviders: [{ ...ADFS, signRequests: true, encryptedResponses: true, idpSignout: true }] }));
    template.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      ProviderDetails: Match.objectLike({ RequestSigningAlgorithm: 'rsa-sha256', EncryptedResponses: true, IDPSignout: true }),
    });
  });

  test('snapshot: IdP-initiated sign-in', () => {
    const { template } = synth(ssoProps({ samlProviders: [{ ...ADFS, idpInitiated: true }] }));
    template.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', { ProviderDetails: Match.objectLike({ IDPInit: true }) });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('snapshot: several providers in one pool, all on the client, each deployed before it', () => {
    const { template } = synth(ssoProps({
      samlProviders: [
        ADFS,
        { name: 'Okta', metadataDocument: OKTA_METADATA, preset: SamlAttributeMappingPreset.OKTA, identifiers: ['subsidiary.example'] },
        { name: 'EntraID', metadataUrl: 'https://login.microsoftonline.com/tenant/federationmetadata/2007-06/federationmetadata.xml', preset: SamlAttributeMappingPreset.ENTRA_ID },
      ],
    }));
    template.resourceCountIs('AWS::Cognito::UserPoolIdentityProvider', 3);
    template.hasResource('AWS::Cognito::UserPoolClient', {
      Properties: Match.objectLike({ SupportedIdentityProviders: ['EnterpriseADFS', 'Okta', 'EntraID'] }),
      DependsOn: [Match.stringLikeRegexp('^SsoSamlEnterpriseADFS'), Match.stringLikeRegexp('^SsoSamlEntraID'), Match.stringLikeRegexp('^SsoSamlOkta')],
    });
    expect(template.toJSON()).toMatchSnapshot();
  });
});

describe('EnterpriseSso OIDC providers', () => {
  test('snapshot: the client secret is a Secrets Manager reference, never plain text', () => {
    const { template } = synth(ssoProps({ samlProviders: undefined, oidcProviders: [OKTA_OIDC] }));
    template.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      ProviderName: 'OktaOidc',
      ProviderType: 'OIDC',
      ProviderDetails: {
        client_id: 'okta-client-id',
        client_secret: '{{resolve:secretsmanager:sso/okta-client-secret:SecretString:::}}',
        oidc_issuer: 'https://example.okta.com',
        authorize_scopes: 'openid email profile',
        attributes_request_method: 'GET',
      },
      AttributeMapping: { email: 'email', given_name: 'given_name', family_name: 'family_name' },
    });
    template.hasOutput('*', { Value: { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('/oauth2/idpresponse$')])] } });
    expect(JSON.stringify(template.toJSON())).not.toContain('saml2');
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('scopes, request method and explicit mappings when given; explicit wins over the standard claims', () => {
    const { template } = synth(ssoProps({
      samlProviders: undefined,
      oidcProviders: [{
        ...OKTA_OIDC,
        scopes: ['openid', 'email'],
        attributeRequestMethod: cognito.OidcAttributeRequestMethod.POST,
        attributeMapping: { email: cognito.ProviderAttribute.other('upn'), custom: { 'custom:department': cognito.ProviderAttribute.other('dept') } },
      }],
    }));
    template.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      ProviderDetails: Match.objectLike({ authorize_scopes: 'openid email', attributes_request_method: 'POST' }),
      AttributeMapping: { 'email': 'upn', 'given_name': 'given_name', 'family_name': 'family_name', 'custom:department': 'dept' },
    });
  });

  test('SAML and OIDC providers together', () => {
    const { template } = synth(ssoProps({ oidcProviders: [OKTA_OIDC] }));
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', { SupportedIdentityProviders: ['EnterpriseADFS', 'OktaOidc'] });
  });
});

describe('EnterpriseSso app clients', () => {
  test('a client restricted to the federated providers, deployed after them', () => {
    const { template } = synth();
    template.hasResource('AWS::Cognito::UserPoolClient', {
      Properties: Match.objectLike({ SupportedIdentityProviders: ['EnterpriseADFS'] }),
      DependsOn: [Match.stringLikeRegexp('^SsoSamlEnterpriseADFS')],
    });
  });

  test('the pool directory only when a client asks for COGNITO', () => {
    const { template } = synth(ssoProps({
      appClients: [{
        name: 'admin',
        callbackUrls: ['https://admin.example.com/callback'],
        supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO, cognito.UserPoolClientIdentityProvider.custom('EnterpriseADFS')],
      }],
    }));
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'admin',
      SupportedIdentityProviders: ['COGNITO', 'EnterpriseADFS'],
      // Local users sign in on the managed login pages too: no API token could rewrite a mapped attribute.
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
      WriteAttributes: Match.arrayWith(['custom:role']),
    });
  });

  test('a client added later may pick a subset of the providers', () => {
    const stack = testStack();
    const sso = new EnterpriseSso(stack, 'Sso', ssoProps({ oidcProviders: [OKTA_OIDC], appClients: undefined }));
    const client = sso.addAppClient({
      name: 'partners',
      callbackUrls: ['https://partners.example.com/callback'],
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom('OktaOidc')],
    });
    expect(sso.appClients.partners).toBe(client);
    Template.fromStack(stack).hasResource('AWS::Cognito::UserPoolClient', {
      Properties: Match.objectLike({ SupportedIdentityProviders: ['OktaOidc'] }),
      DependsOn: [Match.stringLikeRegexp('^SsoOidcOktaOidc')],
    });
  });
});

describe('EnterpriseSso service provider values', () => {
  test('entity id and ACS URL of a prefix domain, as properties and outputs', () => {
    const { sso, template } = synth();
    const stack = sso.userPool.stack;
    expect(stack.resolve(sso.samlEntityId)).toEqual({ 'Fn::Join': ['', ['urn:amazon:cognito:sp:', { Ref: stack.getLogicalId(sso.userPool.node.defaultChild as cognito.CfnUserPool) }]] });
    expect(stack.resolve(sso.samlAcsUrl)).toEqual({ 'Fn::Join': ['', ['https://', { Ref: expect.stringMatching(/^SsoPoolUserPoolDomain/) }, '.auth.eu-west-1.amazoncognito.com/saml2/idpresponse']] });
    template.hasOutput('SsoOutputsSamlEntityIdE2784927', { Value: stack.resolve(sso.samlEntityId) });
    template.hasOutput('SsoOutputsSamlAcsUrlB992066C', { Value: stack.resolve(sso.samlAcsUrl) });
  });

  test('the ACS URL of a custom domain', () => {
    const stack = testStack();
    const certificate = acm.Certificate.fromCertificateArn(stack, 'Cert', 'arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555');
    const sso = new EnterpriseSso(stack, 'Sso', ssoProps({ domain: { customDomainName: 'sso.example.com', certificate } }));
    // The domain's Ref is its name, and orders the output after the domain.
    expect(stack.resolve(sso.samlAcsUrl)).toEqual({ 'Fn::Join': ['', ['https://', { Ref: expect.stringMatching(/^SsoPoolUserPoolDomain/) }, '/saml2/idpresponse']] });
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'sso.example.com' });
  });

  test('published as SSM parameters and exports when the pool outputs ask for them', () => {
    const { template } = synth(ssoProps({ outputs: { exportPrefix: 'corp-sso', ssmParameterPrefix: '/corp/sso' } }));
    template.hasResourceProperties('AWS::SSM::Parameter', { Name: '/corp/sso/saml/entity-id' });
    template.hasResourceProperties('AWS::SSM::Parameter', { Name: '/corp/sso/saml/acs-url' });
    template.hasOutput('*', { Export: { Name: 'corp-sso-SamlAcsUrl' } });
  });
});
