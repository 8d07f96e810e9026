import { Duration, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import { EnterpriseUserPool, EnterpriseUserPoolProps } from '../../lib';
import { EnterpriseSso } from '../../lib/enterprise-sso';
import { portalStack } from '../customer-portal/portal-fixtures';
import { ssoProps } from '../enterprise-sso/fixtures';
import { saasSystem } from '../saas-auth-system/saas-fixtures';
import { awsNagErrors, cognitoEnterpriseFindings } from '../support/nag';
import { testStack } from '../support/test-stack';

const DOMAIN = { cognitoDomainPrefix: 'example-corp-users' };
const ORDERS = { identifier: 'orders', scopes: [{ scopeName: 'read', scopeDescription: 'Read orders' }, { scopeName: 'write', scopeDescription: 'Place orders' }] };
const BATCH = { name: 'batch', oAuthScopes: [cognito.OAuthScope.custom('orders/read')] };

function build(props: EnterpriseUserPoolProps, stack: Stack = testStack()) {
  const pool = new EnterpriseUserPool(stack, 'Users', { domain: DOMAIN, resourceServers: [ORDERS], ...props });
  return { stack, pool };
}

describe('machine-to-machine clients', () => {
  test('use client credentials only, with a secret, custom scopes, no user flow and 15-minute access tokens', () => {
    const { stack, pool } = build({ machineClients: [BATCH] });
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'batch',
      AllowedOAuthFlows: ['client_credentials'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['orders/read'],
      GenerateSecret: true,
      // Cognito enables SRP and custom auth when the list is left out; the L2 always keeps refresh in it.
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
      AccessTokenValidity: 15,
      TokenValidityUnits: Match.objectLike({ AccessToken: 'minutes' }),
      SupportedIdentityProviders: ['COGNITO'],
      EnablePropagateAdditionalUserContextData: false,
      CallbackURLs: Match.absent(),
    });
    expect(pool.machineClients.batch).toBe(pool.appClients.batch);
  });

  test('addMachineClient builds the same client, with its own access-token lifetime', () => {
    const { stack, pool } = build({});
    const client = pool.addMachineClient({ name: 'reports', oAuthScopes: [cognito.OAuthScope.custom('orders/read'), cognito.OAuthScope.custom('orders/write')], accessTokenValidity: Duration.minutes(5) });
    expect(pool.machineClients.reports).toBe(client);
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'reports',
      AllowedOAuthFlows: ['client_credentials'],
      AllowedOAuthScopes: ['orders/read', 'orders/write'],
      GenerateSecret: true,
      AccessTokenValidity: 5,
    });
  });

  test('a machine client gets no managed login branding; a web client still does', () => {
    const { stack } = build({ machineClients: [BATCH], appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/callback'] }] });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Cognito::ManagedLoginBranding', 1);
    template.hasResourceProperties('AWS::Cognito::ManagedLoginBranding', { ClientId: { Ref: Match.stringLikeRegexp('UsersUserPoolweb') } });
  });

  test('the template, its outputs and SSM parameters carry the client id and never a secret', () => {
    const { stack, pool } = build({ machineClients: [BATCH], outputs: { ssmParameterPrefix: '/auth/prod' } });
    pool.grantReadClientSecrets(new iam.Role(stack, 'Worker', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }));
    const template = Template.fromStack(stack).toJSON();
    const text = JSON.stringify(template);
    expect(text).not.toMatch(/ClientSecret|userPoolClientSecret|DescribeUserPoolClient"[^\]]*Custom/);
    expect(Object.values(template.Resources).map((resource: any) => resource.Type))
      .not.toEqual(expect.arrayContaining([expect.stringMatching(/^Custom::|AWS::Lambda::Function|AWS::SecretsManager::Secret/)]));
    const batchId = stack.getLogicalId(pool.machineClients.batch.node.defaultChild as cognito.CfnUserPoolClient);
    expect(template.Outputs.UsersOutputsBatchClientId8AC105D4).toEqual({ Description: 'App client id of batch', Value: { Ref: batchId } });
    // Every output and parameter value is a reference or a URL built from references, never a literal secret.
    const published = [
      ...Object.values(template.Outputs).map((output: any) => output.Value),
      ...Object.values(template.Resources).filter((resource: any) => resource.Type === 'AWS::SSM::Parameter').map((resource: any) => resource.Properties.Value),
    ];
    expect(published.filter((value) => JSON.stringify(value).includes(batchId))).toEqual([{ Ref: batchId }, { Ref: batchId }]);
    expect(published.every((value) => typeof value === 'object')).toBe(true);
  });

  test('grantReadClientSecrets allows DescribeUserPoolClient on the pool only', () => {
    const { stack, pool } = build({ machineClients: [BATCH] });
    const role = new iam.Role(stack, 'Worker', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    pool.grantReadClientSecrets(role);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [{
          Action: 'cognito-idp:DescribeUserPoolClient',
          Effect: 'Allow',
          Resource: { 'Fn::GetAtt': [stack.getLogicalId(pool.userPool.node.defaultChild as cognito.CfnUserPool), 'Arn'] },
        }],
      },
      Roles: [{ Ref: stack.getLogicalId(role.node.defaultChild as iam.CfnRole) }],
    });
  });

  test.each([
    ['a standard scope', { oAuthScopes: [cognito.OAuthScope.custom('orders/read'), cognito.OAuthScope.EMAIL] },
      /\[CE-CLIENT-OAUTH-FLOWS\] TestStack\/Users: machineClients\[0\]\.oAuthScopes is \["orders\/read", "email"\] — client_credentials needs resource-server scopes only/],
    ['no scope', { oAuthScopes: [] }, /\[CE-CLIENT-OAUTH-FLOWS\] TestStack\/Users: machineClients\[0\]\.oAuthScopes is \[\]/],
    ['a token lifetime under 5 minutes', { accessTokenValidity: Duration.minutes(4) }, /\[CE-CLIENT-TOKEN-VALIDITY\] TestStack\/Users: machineClients\[0\]\.accessTokenValidity is 4 minutes/],
    ['a token lifetime over a day', { accessTokenValidity: Duration.hours(25) }, /\[CE-CLIENT-TOKEN-VALIDITY\] TestStack\/Users: machineClients\[0\]\.accessTokenValidity is 1 day 1 hour/],
    ['the name of an app client', { name: 'web' }, /\[CE-CLIENT-NAME\] TestStack\/Users: machineClients\[0\]\.name is "web" — another client has the same name/],
  ])('%s fails at construction', (_, overrides, message) => {
    expect(() => build({ appClients: [{ name: 'web' }], machineClients: [{ ...BATCH, ...overrides }] })).toThrow(message);
  });

  test('a client added later is checked at once and named by its method', () => {
    const { pool } = build({ machineClients: [BATCH] });
    expect(() => pool.addMachineClient(BATCH)).toThrow(/\[CE-CLIENT-NAME\] TestStack\/Users: addMachineClient\("batch"\)\.name is "batch"/);
    expect(() => pool.addMachineClient({ name: 'x', oAuthScopes: [cognito.OAuthScope.OPENID] })).toThrow(/addMachineClient\("x"\)\.oAuthScopes is \["openid"\]/);
    expect(() => pool.addMachineClient({ name: 'y', oauth_scopes: [] } as never)).toThrow(/\[CE-INPUT-SHAPE\] TestStack\/Users: addMachineClient\("y"\)\.oauth_scopes/);
  });

  test('a scope no resource server defines fails synth and names the client', () => {
    const { stack } = build({ machineClients: [{ name: 'batch', oAuthScopes: [cognito.OAuthScope.custom('orders/delete')] }] });
    expect(() => Template.fromStack(stack)).toThrow(/\[CE-CLIENT-RESOURCE-SCOPES\] TestStack\/Users\/UserPool\/batch: oAuthScopes\[0\] is "orders\/delete"/);
  });

  describe('CE-M2M-DOMAIN', () => {
    const domainWarnings = (stack: Stack) => Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('CE-M2M-DOMAIN'))
      .map(({ id, entry }) => `${id} ${entry.data}`);

    test('a pool with a machine client and no domain warns at synth, naming the clients', () => {
      const { stack } = build({ domain: undefined, machineClients: [BATCH, { ...BATCH, name: 'reports' }] });
      expect(domainWarnings(stack)).toEqual([expect.stringMatching(
        /^\/TestStack\/Users \[CE-M2M-DOMAIN\] TestStack\/Users: domain is undefined — the client_credentials clients "batch", "reports" get tokens only from the token endpoint of the pool's domain/,
      )]);
    });

    test('an app client with client credentials needs the domain too', () => {
      const { stack } = build({ domain: undefined, appClients: [{ name: 'legacy', generateSecret: true, oAuthFlows: { clientCredentials: true }, oAuthScopes: [cognito.OAuthScope.custom('orders/read')] }] });
      expect(domainWarnings(stack)).toEqual([expect.stringContaining('"legacy"')]);
    });

    test('a domain added to the L2 pool later satisfies it, and so does the domain prop', () => {
      const { stack, pool } = build({ domain: undefined, machineClients: [BATCH] });
      pool.userPool.addDomain('Own', { cognitoDomain: { domainPrefix: 'example-corp-m2m' } });
      expect(domainWarnings(stack)).toEqual([]);
      expect(domainWarnings(build({ machineClients: [BATCH] }).stack)).toEqual([]);
    });

    test('a pool without client-credentials clients needs no domain', () => {
      expect(domainWarnings(build({ domain: undefined }).stack)).toEqual([]);
    });
  });

  test('the four AWS nag packs and the library pack find nothing on a pool with a machine client', () => {
    const { stack } = build({ machineClients: [BATCH], appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/callback'] }] });
    expect(awsNagErrors(stack)).toEqual([]);
    expect(cognitoEnterpriseFindings(stack)).toEqual([]);
  });

  test('a reader granted through a customer-managed policy, as the docs show, passes the packs too', () => {
    const { stack, pool } = build({ machineClients: [BATCH] });
    const role = new iam.Role(stack, 'Worker', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    new iam.ManagedPolicy(stack, 'ReadClientSecrets', {
      roles: [role],
      statements: [new iam.PolicyStatement({ actions: ['cognito-idp:DescribeUserPoolClient'], resources: [pool.userPool.userPoolArn] })],
    });
    expect(awsNagErrors(stack)).toEqual([]);
    // grantReadClientSecrets writes the role's default policy, which is inline: the HIPAA, NIST and PCI packs flag only that.
    pool.grantReadClientSecrets(role);
    expect([...new Set(awsNagErrors(stack).map(({ rule }) => rule.replace(/^.*-/, '')))]).toEqual(['IAMNoInlinePolicy']);
  });

  test('every scenario construct takes machine clients and resource servers through its pool', () => {
    const { system, template } = saasSystem({ domain: DOMAIN, resourceServers: [ORDERS], machineClients: [BATCH] });
    expect(system.pool.machineClients.batch).toBeInstanceOf(cognito.UserPoolClient);
    expect(system.pool.resourceServers.orders).toBeInstanceOf(cognito.UserPoolResourceServer);
    template().hasResourceProperties('AWS::Cognito::UserPoolClient', { ClientName: 'batch', AllowedOAuthFlows: ['client_credentials'] });
    expect(() => saasSystem({ domain: DOMAIN, machineClients: [{ ...BATCH, oAuthScopes: [cognito.OAuthScope.PROFILE] }] }))
      .toThrow(/\[CE-CLIENT-OAUTH-FLOWS\] TestStack\/Auth\/Pool: machineClients\[0\]\.oAuthScopes is \["profile"\]/);

    const { stack: portalApp, portal } = portalStack({ resourceServers: [ORDERS], machineClients: [BATCH] });
    expect(portal.pool.machineClients.batch).toBeInstanceOf(cognito.UserPoolClient);
    Template.fromStack(portalApp).hasResourceProperties('AWS::Cognito::UserPoolClient', { ClientName: 'batch', GenerateSecret: true });
    const ssoApp = testStack();
    const sso = new EnterpriseSso(ssoApp, 'Sso', ssoProps({ resourceServers: [ORDERS], machineClients: [BATCH] }));
    expect(sso.pool.resourceServers.orders).toBeInstanceOf(cognito.UserPoolResourceServer);
    Template.fromStack(ssoApp).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'batch', AllowedOAuthFlows: ['client_credentials'], SupportedIdentityProviders: ['COGNITO'],
    });
  });

});
