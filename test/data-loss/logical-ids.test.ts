import { SecretValue, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { CustomerPortal, EnterpriseSso, EnterpriseUserPool, SaasAuthSystem, SamlAttributeMappingPreset, SocialProvider } from '../../lib';
import { testStack } from '../support/test-stack';

/*
 * A changed logical ID deletes the resource behind it: for a user pool every user, for a client its
 * id and secret, for a group its memberships. These ids are what deployed stacks hold; a refactor
 * that changes one must fail here, not in production.
 */
const CALLBACKS = { callbackUrls: ['https://app.example.com/callback'], logoutUrls: ['https://app.example.com/'] };

const CONSTRUCTS: Record<string, (scope: Construct) => void> = {
  EnterpriseUserPool: (scope) => new EnterpriseUserPool(scope, 'Users', {
    domain: { cognitoDomainPrefix: 'example-users' },
    groups: [{ name: 'admins' }, { name: 'employees' }],
    appClients: [{ name: 'web', callbackUrls: CALLBACKS.callbackUrls }, { name: 'mobile' }],
  }),
  SaasAuthSystem: (scope) => new SaasAuthSystem(scope, 'Saas', { ...CALLBACKS, domain: { cognitoDomainPrefix: 'example-saas' }, tenantGroups: ['acme'] }),
  EnterpriseSso: (scope) => new EnterpriseSso(scope, 'Sso', {
    domain: { cognitoDomainPrefix: 'example-sso' },
    samlProviders: [{ name: 'EnterpriseADFS', metadataUrl: 'https://adfs.example.com/metadata.xml', preset: SamlAttributeMappingPreset.ADFS }],
    oidcProviders: [{ name: 'PartnerOkta', issuerUrl: 'https://partner.okta.com', clientId: 'client', clientSecret: SecretValue.secretsManager('okta') }],
    appClients: [{ name: 'web', callbackUrls: CALLBACKS.callbackUrls }],
    identityPool: {},
  }),
  CustomerPortal: (scope) => new CustomerPortal(scope, 'Portal', {
    ...CALLBACKS,
    domain: { cognitoDomainPrefix: 'example-shop' },
    socialProviders: [{
      provider: SocialProvider.GOOGLE,
      clientId: 'google-client',
      clientSecret: { secret: secretsmanager.Secret.fromSecretNameV2(scope, 'Google', 'shop/google') },
    }],
  }),
};

function cognitoLogicalIds(build: (scope: Construct) => void): Record<string, string[]> {
  const stack: Stack = testStack();
  build(stack);
  const ids: Record<string, string[]> = {};
  for (const [logicalId, resource] of Object.entries<{ Type: string }>(Template.fromStack(stack).toJSON().Resources)) {
    if (resource.Type.startsWith('AWS::Cognito::')) {
      (ids[resource.Type] ??= []).push(logicalId);
    }
  }
  return ids;
}

describe('logical ids of Cognito resources never change', () => {
  test.each(Object.keys(CONSTRUCTS))('%s', (name) => {
    expect(cognitoLogicalIds(CONSTRUCTS[name])).toMatchSnapshot();
  });
});
