import { App, CfnParameter, SecretValue, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { EnterpriseSso } from '../../lib/enterprise-sso';
import { EnterpriseUserPool } from '../../lib/enterprise-user-pool';
import { UserImportPipeline } from '../../lib/operations';
import { SaasAuthSystem } from '../../lib/saas-auth-system';

// A CommaDelimitedList parameter reads as one `#{Token[...]}` element, which a plain
// `Token.isUnresolved(element)` does not recognise: rules must skip it and environments must join
// it in CloudFormation.
function stackWithList(): { stack: Stack; list: string[] } {
  const stack = new Stack(new App(), 'Lists', { env: { account: '123456789012', region: 'eu-west-1' } });
  const list = new CfnParameter(stack, 'List', { type: 'CommaDelimitedList' }).valueAsList;
  return { stack, list };
}

const JOINED_LIST = { 'Fn::Join': [',', { Ref: 'List' }] };

describe('string list props given as a list token', () => {
  test('adminOnlyAttributes is not judged element by element', () => {
    const { stack, list } = stackWithList();
    new EnterpriseUserPool(stack, 'Pool', { customAttributes: { tenant_id: new cognito.StringAttribute({ mutable: true }) }, adminOnlyAttributes: list });
    Template.fromStack(stack).resourceCountIs('AWS::Cognito::UserPool', 1);
  });

  test('identity provider identifiers are not judged element by element', () => {
    const { stack, list } = stackWithList();
    new EnterpriseSso(stack, 'Sso', {
      domain: { cognitoDomainPrefix: 'acme-sso' },
      samlProviders: [{ name: 'AzureAD', metadataUrl: 'https://login.example.com/metadata.xml', identifiers: list }],
      oidcProviders: [{ name: 'Okta', issuerUrl: 'https://acme.okta.com', clientId: 'client', clientSecret: SecretValue.secretsManager('okta'), identifiers: list }],
    });
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', { ProviderName: 'AzureAD', IdpIdentifiers: { Ref: 'List' } });
  });

  test('pre sign-up domain lists reach the trigger joined by CloudFormation', () => {
    const { stack, list } = stackWithList();
    new EnterpriseUserPool(stack, 'Pool', { triggers: { preSignUp: { allowedDomains: list, blockedDomains: list } } });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { ALLOWED_EMAIL_DOMAINS: JOINED_LIST, BLOCKED_EMAIL_DOMAINS: JOINED_LIST } },
    });
  });

  test('import allowedAttributes reach the worker joined by CloudFormation', () => {
    const { stack, list } = stackWithList();
    new UserImportPipeline(stack, 'Import', { userPool: cognito.UserPool.fromUserPoolId(stack, 'Pool', 'eu-west-1_abc'), allowedAttributes: list });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: { ALLOWED_ATTRIBUTES: JOINED_LIST } } });
  });

  test('tenantGroups, which names constructs, fails with the rule instead of a resolution error', () => {
    const { stack, list } = stackWithList();
    const tenant = new CfnParameter(stack, 'Tenant').valueAsString;
    const redirects = { callbackUrls: ['https://app.example.com/callback'], logoutUrls: ['https://app.example.com/'] };
    expect(() => new SaasAuthSystem(stack, 'AsList', { ...redirects, tenantGroups: list }))
      .toThrow(/\[CE-SAAS-TENANT-GROUPS\] Lists\/AsList: tenantGroups is "a list token" — must be a literal list/);
    expect(() => new SaasAuthSystem(stack, 'AsToken', { ...redirects, tenantGroups: ['acme', tenant] }))
      .toThrow(/\[CE-SAAS-TENANT-GROUPS\] Lists\/AsToken: tenantGroups\[1\] is "a token" — must be known at synth/);
  });
});
