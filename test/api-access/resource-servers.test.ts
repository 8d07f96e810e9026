import { Duration } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { EnterpriseUserPool, EnterpriseUserPoolProps } from '../../lib';
import { testStack } from '../support/test-stack';

const ORDERS = { identifier: 'orders', scopes: [{ scopeName: 'read', scopeDescription: 'Read orders' }, { scopeName: 'write', scopeDescription: 'Place orders' }] };
const WEB = { name: 'web', callbackUrls: ['https://app.example.com/callback'] };

function build(props: EnterpriseUserPoolProps) {
  const stack = testStack();
  const pool = new EnterpriseUserPool(stack, 'Users', props);
  return { stack, pool };
}

describe('resource servers', () => {
  test('servers declared in the props are created under the pool and exposed by identifier', () => {
    const { stack, pool } = build({
      resourceServers: [ORDERS, { identifier: 'https://api.example.com/billing', name: 'Billing API', scopes: [{ scopeName: 'invoices.read', scopeDescription: 'Read invoices' }] }],
    });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Cognito::UserPoolResourceServer', 2);
    template.hasResourceProperties('AWS::Cognito::UserPoolResourceServer', {
      Identifier: 'orders',
      Name: 'orders',
      Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read orders' }, { ScopeName: 'write', ScopeDescription: 'Place orders' }],
      UserPoolId: { Ref: stack.getLogicalId(pool.userPool.node.defaultChild as cognito.CfnUserPool) },
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolResourceServer', { Identifier: 'https://api.example.com/billing', Name: 'Billing API' });
    expect(Object.keys(pool.resourceServers)).toEqual(['orders', 'https://api.example.com/billing']);
    expect(pool.resourceServers.orders).toBeInstanceOf(cognito.UserPoolResourceServer);
    expect(pool.resourceServers.orders.node.scope).toBe(pool.userPool);
  });

  test('a server without scopes is allowed', () => {
    const { stack } = build({ resourceServers: [{ identifier: 'health' }] });
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPoolResourceServer', { Identifier: 'health', Scopes: [] });
  });

  test('a client that names a server scope as a string is created after the server, whichever came first', () => {
    const stack = testStack();
    const pool = new EnterpriseUserPool(stack, 'Users', {
      resourceServers: [ORDERS],
      appClients: [{ ...WEB, oAuthScopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.custom('orders/read')] }],
    });
    const early = pool.addAppClient({ ...WEB, name: 'admin', oAuthScopes: [cognito.OAuthScope.custom('billing/read')] });
    const billing = pool.addResourceServer({ identifier: 'billing', scopes: [{ scopeName: 'read', scopeDescription: 'Read bills' }] });
    const template = Template.fromStack(stack);
    const ordersId = stack.getLogicalId(pool.resourceServers.orders.node.defaultChild as cognito.CfnUserPoolResourceServer);
    const billingId = stack.getLogicalId(billing.node.defaultChild as cognito.CfnUserPoolResourceServer);
    const web = template.toJSON().Resources[stack.getLogicalId(pool.appClients.web.node.defaultChild as cognito.CfnUserPoolClient)];
    const admin = template.toJSON().Resources[stack.getLogicalId(early.node.defaultChild as cognito.CfnUserPoolClient)];
    expect(web.DependsOn).toEqual([ordersId]);
    expect(admin.DependsOn).toEqual([billingId]);
    expect(pool.resourceServers.billing).toBe(billing);
  });

  test('every mistake in servers and clients of the props comes in one error, with the prop and its index', () => {
    const act = () => build({
      resourceServers: [ORDERS, { identifier: 'orders api', scopes: [{ scopeName: 'read/all', scopeDescription: '' }] }, { identifier: 'orders' }],
      appClients: [{ ...WEB, accessTokenValidity: Duration.minutes(4) }],
      machineClients: [{ name: 'batch', oAuthScopes: [cognito.OAuthScope.OPENID] }],
    });
    expect(act).toThrow(/6 Cognito rules broken/);
    expect(act).toThrow(/\[CE-RESOURCE-SERVER\] TestStack\/Users: resourceServers\[1\]\.identifier is "orders api"/);
    expect(act).toThrow(/\[CE-RESOURCE-SERVER\] TestStack\/Users: resourceServers\[1\]\.scopes\[0\]\.scopeName is "read\/all" — a scope name is 1–256 printable characters without spaces, quotes, slashes/);
    expect(act).toThrow(/\[CE-RESOURCE-SERVER\] TestStack\/Users: resourceServers\[2\]\.identifier is "orders" — another resource server of the pool has the same identifier/);
    expect(act).toThrow(/\[CE-CLIENT-TOKEN-VALIDITY\] TestStack\/Users: appClients\[0\]\.accessTokenValidity/);
    expect(act).toThrow(/\[CE-CLIENT-OAUTH-FLOWS\] TestStack\/Users: machineClients\[0\]\.oAuthScopes is \["openid"\] — client_credentials needs resource-server scopes only/);
  });

  test('a server added later is checked at once and named by its method', () => {
    const { pool } = build({ resourceServers: [ORDERS] });
    expect(() => pool.addResourceServer({ identifier: 'orders' })).toThrow(/\[CE-RESOURCE-SERVER\] TestStack\/Users: addResourceServer\("orders"\)\.identifier is "orders" — another resource server/);
    expect(() => pool.addResourceServer({ identifier: 'https://api.example.com' }))
      .toThrow(/addResourceServer\("https:\/\/api.example.com"\)\.name is "https:\/\/api.example.com" — a resource server name is 1–256/);
  });

  test('a misspelt key from a jsii language fails the shape check', () => {
    const act = () => build({ resourceServers: [{ identifier: 'orders', scopes: [{ scope_name: 'read', scopeDescription: 'Read' }] }] } as unknown as EnterpriseUserPoolProps);
    expect(act).toThrow(/\[CE-INPUT-SHAPE\] TestStack\/Users: resourceServers\[0\]\.scopes\[0\]\.scope_name/);
  });

  test('a client scope that none of the servers declared in the props defines fails synth', () => {
    const { stack } = build({
      resourceServers: [ORDERS],
      appClients: [{ ...WEB, oAuthScopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.custom('orders/delete')] }],
    });
    expect(() => Template.fromStack(stack)).toThrow(
      /\[CE-CLIENT-RESOURCE-SCOPES\] TestStack\/Users\/UserPool\/web: oAuthScopes\[1\] is "orders\/delete" — is neither a standard scope nor a scope of a resource server of the pool \(resource servers: orders\)/,
    );
  });

  test('a client scope of a server declared in the props is accepted', () => {
    const { stack } = build({ resourceServers: [ORDERS], appClients: [{ ...WEB, oAuthScopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.custom('orders/write')] }] });
    expect(() => Template.fromStack(stack)).not.toThrow();
  });
});
