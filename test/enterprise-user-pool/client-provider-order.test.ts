import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { EnterpriseUserPool } from '../../lib';
import { testStack } from '../support/test-stack';

const CALLBACK = ['https://app.example.com/callback'];

function samlProvider(stack: Stack, users: EnterpriseUserPool, name: string): cognito.UserPoolIdentityProviderSaml {
  return new cognito.UserPoolIdentityProviderSaml(stack, name, {
    userPool: users.userPool,
    name,
    metadata: cognito.UserPoolIdentityProviderSamlMetadata.url('https://idp.example.com/metadata'),
    attributeMapping: { email: cognito.ProviderAttribute.other('mail') },
  });
}

function dependsOnOf(template: Template, clientName: string): string[] {
  const [client] = Object.values(template.findResources('AWS::Cognito::UserPoolClient', { Properties: { ClientName: clientName } }));
  return client.DependsOn ?? [];
}

function logicalId(stack: Stack, provider: cognito.UserPoolIdentityProviderSaml): string {
  return stack.getLogicalId(provider.node.defaultChild as cognito.CfnUserPoolIdentityProvider);
}

describe('a client is deployed after the identity providers it names', () => {
  // Cognito's CreateUserPoolClient refuses a SupportedIdentityProviders entry the pool does not have yet.
  test.each(['provider first', 'client first'])('%s', (order) => {
    const stack = testStack();
    const users = new EnterpriseUserPool(stack, 'Users');
    const supportedIdentityProviders = [cognito.UserPoolClientIdentityProvider.custom('CorpSaml')];
    const addClient = () => users.addAppClient({ name: 'web', callbackUrls: CALLBACK, supportedIdentityProviders });
    let provider: cognito.UserPoolIdentityProviderSaml;
    if (order === 'provider first') {
      provider = samlProvider(stack, users, 'CorpSaml');
      addClient();
    } else {
      addClient();
      provider = samlProvider(stack, users, 'CorpSaml');
    }
    expect(dependsOnOf(Template.fromStack(stack), 'web')).toContain(logicalId(stack, provider));
  });

  test('a provider the client does not name adds no dependency', () => {
    const stack = testStack();
    const users = new EnterpriseUserPool(stack, 'Users');
    const named = samlProvider(stack, users, 'CorpSaml');
    const other = samlProvider(stack, users, 'OtherSaml');
    users.addAppClient({ name: 'web', callbackUrls: CALLBACK, supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom('CorpSaml')] });
    const dependsOn = dependsOnOf(Template.fromStack(stack), 'web');
    expect(dependsOn).toContain(logicalId(stack, named));
    expect(dependsOn).not.toContain(logicalId(stack, other));
  });
});
