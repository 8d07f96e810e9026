import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { EnterpriseUserPool } from '../../lib';
import { testStack } from '../support/test-stack';

describe('EnterpriseUserPool app clients', () => {
  test('a client without callback URLs has OAuth off (never the L2 implicit grant or example.com)', () => {
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users', { appClients: [{ name: 'mobile' }] });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'mobile',
      AllowedOAuthFlowsUserPoolClient: false,
      AllowedOAuthFlows: Match.absent(),
      CallbackURLs: Match.absent(),
      GenerateSecret: false,
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      AccessTokenValidity: 60,
      IdTokenValidity: 60,
      RefreshTokenValidity: 43200,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'minutes' },
      EnableTokenRevocation: true,
      PreventUserExistenceErrors: 'ENABLED',
      EnablePropagateAdditionalUserContextData: false,
    });
    expect(JSON.stringify(template.toJSON())).not.toContain('example.com');
  });

  test('a client with callback URLs uses the code grant with openid, email and profile', () => {
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users', {
      appClients: [{
        name: 'web',
        callbackUrls: ['https://app.example.com/callback', 'http://localhost:3000/callback'],
        logoutUrls: ['https://app.example.com/'],
        defaultRedirectUri: 'https://app.example.com/callback',
      }],
    });
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      CallbackURLs: ['https://app.example.com/callback', 'http://localhost:3000/callback'],
      LogoutURLs: ['https://app.example.com/'],
      DefaultRedirectURI: 'https://app.example.com/callback',
    });
  });

  test('a machine-to-machine client uses client credentials with a resource-server scope', () => {
    const stack = testStack();
    // The client gets its tokens from the domain's token endpoint (CE-M2M-DOMAIN).
    const pool = new EnterpriseUserPool(stack, 'Users', { domain: { cognitoDomainPrefix: 'example-corp-users' } });
    const read = new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read' });
    const server = pool.userPool.addResourceServer('Api', { identifier: 'api', scopes: [read] });
    pool.addAppClient({
      name: 'batch',
      generateSecret: true,
      oAuthFlows: { clientCredentials: true },
      oAuthScopes: [cognito.OAuthScope.resourceServer(server, read)],
    });
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AllowedOAuthFlows: ['client_credentials'],
      GenerateSecret: true,
    });
  });

  test('exposes clients by name and publishes their ids, never their secrets', () => {
    const stack = testStack();
    const pool = new EnterpriseUserPool(stack, 'Users', { appClients: [{ name: 'server', generateSecret: true }] });
    expect(pool.appClients.server).toBeInstanceOf(cognito.UserPoolClient);
    const outputs = JSON.stringify(Template.fromStack(stack).toJSON().Outputs);
    expect(outputs).toContain('UsersUserPoolserver');
    expect(outputs).not.toMatch(/ClientSecret|Secret/);
  });

  test('duplicate client names fail', () => {
    const pool = new EnterpriseUserPool(testStack(), 'Users', { appClients: [{ name: 'web' }] });
    expect(() => pool.addAppClient({ name: 'web' })).toThrow(/\[CE-CLIENT-NAME\] TestStack\/Users: addAppClient\("web"\).name is "web" — another client has the same name; client names must stay distinct/);
  });
});

describe('EnterpriseUserPool hosted domain', () => {
  test('a prefix domain with managed login and a branding style per OAuth client', () => {
    const stack = testStack();
    const pool = new EnterpriseUserPool(stack, 'Users', {
      domain: { cognitoDomainPrefix: 'example-corp-users' },
      appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/callback'] }, { name: 'mobile' }],
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'example-corp-users', ManagedLoginVersion: 2 });
    template.resourceCountIs('AWS::Cognito::ManagedLoginBranding', 1);
    template.hasResourceProperties('AWS::Cognito::ManagedLoginBranding', { UseCognitoProvidedValues: true, ClientId: { Ref: Match.stringLikeRegexp('UsersUserPoolweb') } });
    expect(pool.domain).toBeDefined();
    expect(stack.resolve(pool.hostedUiBaseUrl)).toEqual({ 'Fn::Join': ['', ['https://', { Ref: 'UsersUserPoolDomainAD57158E' }, '.auth.eu-west-1.amazoncognito.com']] });
  });

  test('the classic hosted UI needs no branding', () => {
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users', {
      domain: { cognitoDomainPrefix: 'example-corp-users', managedLoginVersion: cognito.ManagedLoginVersion.CLASSIC_HOSTED_UI },
      appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/callback'] }],
    });
    Template.fromStack(stack).resourceCountIs('AWS::Cognito::ManagedLoginBranding', 0);
  });

  test('a custom domain with a us-east-1 certificate', () => {
    const stack = testStack();
    const certificate = acm.Certificate.fromCertificateArn(stack, 'Cert', 'arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555');
    new EnterpriseUserPool(stack, 'Users', { domain: { customDomainName: 'auth.example.com', certificate } });
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: 'auth.example.com',
      CustomDomainConfig: { CertificateArn: Match.stringLikeRegexp('us-east-1') },
    });
  });

  test('a certificate created in a us-east-1 stack is accepted', () => {
    const stack = new Stack(undefined, 'Edge', { env: { account: '123456789012', region: 'us-east-1' } });
    const certificate = new acm.Certificate(stack, 'Cert', { domainName: 'auth.example.com' });
    expect(() => new EnterpriseUserPool(stack, 'Users', { domain: { customDomainName: 'auth.example.com', certificate } })).not.toThrow();
  });
});
