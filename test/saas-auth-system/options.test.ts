import { Duration, Validations } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dataAccessStatements, onlyResource, saasSystem } from './saas-fixtures';
import { awsNagErrors } from '../support/nag';

const IDENTITY_ID = '${cognito-identity.amazonaws.com:sub}';
const TENANT_TAG = '${aws:PrincipalTag/tenant_id}';

function guestSystem() {
  return saasSystem({
    allowGuestAccess: true,
    guestPolicyStatements: [new iam.PolicyStatement({ actions: ['mobiletargeting:PutEvents'], resources: ['arn:aws:mobiletargeting:eu-west-1:123456789012:apps/demo/events'] })],
  });
}

describe('SaasAuthSystem guest access', () => {
  test('guests get a role of their own with only the given statements', () => {
    const { system, template } = guestSystem();
    const t = template();
    t.hasResourceProperties('AWS::Cognito::IdentityPool', { AllowUnauthenticatedIdentities: true });
    expect(system.guestRole).toBeDefined();
    expect(system.unauthenticatedRole).toBe(system.guestRole);
    t.hasResourceProperties('AWS::IAM::Role', {
      Description: 'Guests (unauthenticated identities) of the identity pool',
      AssumeRolePolicyDocument: {
        Statement: [Match.objectLike({
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: Match.objectLike({ 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'unauthenticated' } }),
        })],
      },
    });
    t.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: { Statement: [Match.objectLike({ Action: 'mobiletargeting:PutEvents' })], Version: '2012-10-17' },
      Roles: [{ Ref: Match.stringLikeRegexp('AuthGuestRole') }],
    });
    t.hasResourceProperties('AWS::Cognito::IdentityPoolRoleAttachment', {
      Roles: { unauthenticated: { 'Fn::GetAtt': [Match.stringLikeRegexp('AuthGuestRole'), 'Arn'] }, authenticated: Match.anyValue() },
    });
    // The authenticated and guest roles are the only ones the identity pool can hand out.
    const federated = Object.values(t.findResources('AWS::IAM::Role')).filter((role) => JSON.stringify(role).includes('cognito-identity.amazonaws.com'));
    expect(federated).toHaveLength(2);
  });

  test('the opted-in guest access is acknowledged for COG7 only, so the packs stay clean', () => {
    const { stack, system } = guestSystem();
    expect(awsNagErrors(stack)).toEqual([]);
    const acknowledged = system.identityPool.node.metadata.filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY);
    expect(acknowledged.flatMap((entry) => Object.keys(entry.data)).map((id) => id.replace(/^annotation::/i, ''))).toEqual(['AwsSolutions-COG7']);
    expect(saasSystem().system.identityPool.node.metadata.filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)).toEqual([]);
  });
});

describe('SaasAuthSystem tenant groups', () => {
  test('each tenant gets a group tenant-<id> with a role trusted only by the identity pool', () => {
    const { system, template } = saasSystem({ tenantGroups: ['acme', 'globex'] });
    const t = template();
    const identityPool = onlyResource(t, 'AWS::Cognito::IdentityPool').id;
    for (const tenantId of ['acme', 'globex']) {
      t.hasResourceProperties('AWS::Cognito::UserPoolGroup', {
        GroupName: `tenant-${tenantId}`,
        RoleArn: { 'Fn::GetAtt': [Match.stringLikeRegexp(`AuthTenantRole${tenantId}`), 'Arn'] },
      });
      expect(system.tenantGroups[tenantId]).toBe(system.pool.groups[`tenant-${tenantId}`]);
      expect(system.tenantRoles[tenantId]).toBeDefined();
    }
    t.resourcePropertiesCountIs('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [Match.objectLike({
          Action: ['sts:AssumeRoleWithWebIdentity', 'sts:TagSession'],
          Condition: {
            'StringEquals': { 'cognito-identity.amazonaws.com:aud': { Ref: identityPool } },
            'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
          },
        })],
        Version: '2012-10-17',
      },
    }, 3);
  });

  test('token-based role mapping for both clients, falling back to the authenticated role', () => {
    const t = saasSystem({ tenantGroups: ['acme'] }).template();
    const mapping = { Type: 'Token', AmbiguousRoleResolution: 'AuthenticatedRole', IdentityProvider: Match.anyValue() };
    t.hasResourceProperties('AWS::Cognito::IdentityPoolRoleAttachment', {
      RoleMappings: { webClient: mapping, mobileClient: mapping },
    });
  });

  test('stays clean under the four AWS nag packs', () => {
    expect(awsNagErrors(saasSystem({ tenantGroups: ['acme'] }).stack)).toEqual([]);
  });
});

describe('SaasAuthSystem data access grants', () => {
  function granted() {
    const built = saasSystem({ tenantGroups: ['acme'] });
    const bucket = new s3.Bucket(built.stack, 'Files', { enforceSSL: true });
    const table = dynamodb.Table.fromTableName(built.stack, 'Items', 'items');
    built.system.grantUserS3Objects(bucket, { prefix: 'private/' });
    built.system.grantTenantS3Objects(bucket, { prefix: 'tenants/', readOnly: true });
    built.system.grantUserDynamoDbItems(table);
    built.system.grantTenantDynamoDbItems(table);
    return built;
  }

  test('one managed policy, attached to the authenticated role and every tenant role', () => {
    const { system, template } = granted();
    const policies = Object.values(template().findResources('AWS::IAM::ManagedPolicy'))
      .filter((policy) => JSON.stringify(policy.Properties.Roles ?? []).includes('AuthAuthenticatedRole'));
    expect(policies).toHaveLength(1);
    expect(policies[0].Properties.Roles).toEqual([{ Ref: expect.stringMatching(/^AuthAuthenticatedRole/) }, { Ref: expect.stringMatching(/^AuthTenantRoleacme/) }]);
    expect(system.dataAccessPolicy).toBeDefined();
  });

  test('the per-user statements use the identity id variable and the tenant statements the principal tag', () => {
    const { stack, system } = granted();
    const statements = dataAccessStatements(stack, system);
    const text = (statement: any) => JSON.stringify(statement);
    const userObjects = statements.find((s) => text(s.Resource).includes(`private/${IDENTITY_ID}/*`));
    expect(userObjects.Action).toEqual(['s3:GetObject', 's3:PutObject', 's3:DeleteObject']);
    const tenantObjects = statements.find((s) => text(s.Resource).includes(`tenants/${TENANT_TAG}/*`));
    expect(tenantObjects).toMatchObject({ Action: 's3:GetObject', Condition: { Null: { 'aws:PrincipalTag/tenant_id': 'false' } } });
    const leadingKeys = statements.filter((s) => s.Condition?.['ForAllValues:StringEquals']).map((s) => s.Condition['ForAllValues:StringEquals']['dynamodb:LeadingKeys']);
    expect(leadingKeys).toEqual([[IDENTITY_ID], [TENANT_TAG]]);
    expect(text(statements)).not.toContain('dynamodb:Scan');
  });

  test('stays clean under the four AWS nag packs (the /* beneath the caller\'s folder is acknowledged)', () => {
    // The system only: the test's bucket is not ours to harden.
    expect(awsNagErrors(granted().system)).toEqual([]);
  });

  test('only our owner-scoped ARNs are acknowledged: another wildcard in the same policy is still reported', () => {
    const { system } = granted();
    system.dataAccessPolicy!.addStatements(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::shared/*'] }));
    expect(awsNagErrors(system).map((finding) => finding.rule)).toEqual(['AwsSolutions-IAM5[Resource::arn:aws:s3:::shared/*]']);
  });

  test('a bad prefix names the construct path', () => {
    const { system, stack } = saasSystem();
    const bucket = s3.Bucket.fromBucketName(stack, 'Files', 'files');
    expect(() => system.grantTenantS3Objects(bucket, { prefix: 'tenants/*' }))
      .toThrow(/TestStack\/Auth: grantTenantS3Objects: prefix is "tenants\/\*" — must be a plain key prefix/);
  });
});

describe('SaasAuthSystem overrides', () => {
  test('pool settings merge over the SaaS defaults the way EnterpriseUserPool merges its own', () => {
    saasSystem({ passwordPolicy: { minLength: 16 }, mfa: cognito.Mfa.REQUIRED }).template().hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 16, TemporaryPasswordValidityDays: 3, RequireSymbols: true }) },
    });
  });

  test('client names, extra clients and token validity come through', () => {
    const { system, template } = saasSystem({
      webClientName: 'portal',
      mobileClientName: 'ios',
      appClients: [{ name: 'backend', generateSecret: true, authFlows: { adminUserPassword: true }, accessTokenValidity: Duration.minutes(15) }],
    });
    const t = template();
    t.resourceCountIs('AWS::Cognito::UserPoolClient', 3);
    t.hasResourceProperties('AWS::Cognito::UserPoolClient', { ClientName: 'portal', GenerateSecret: true });
    t.hasResourceProperties('AWS::Cognito::UserPoolClient', { ClientName: 'ios', GenerateSecret: false });
    t.hasResourceProperties('AWS::Cognito::UserPoolClient', { ClientName: 'backend', AccessTokenValidity: 15 });
    expect(system.webClient).toBe(system.pool.appClients.portal);
    // Only the web and mobile clients sign in to the identity pool.
    expect(onlyResource(t, 'AWS::Cognito::IdentityPool').resource.Properties.CognitoIdentityProviders).toHaveLength(2);
  });

  test('identity pool name, exported outputs and SSM parameters', () => {
    const t = saasSystem({ identityPoolName: 'saas_identities', outputs: { exportPrefix: 'saas-prod', ssmParameterPrefix: '/saas/prod/auth' } }).template();
    t.hasResourceProperties('AWS::Cognito::IdentityPool', { IdentityPoolName: 'saas_identities' });
    t.hasOutput('*', { Export: { Name: 'saas-prod-IdentityPoolId' } });
    t.hasResourceProperties('AWS::SSM::Parameter', { Name: '/saas/prod/auth/identity-pool-id' });
    t.hasResourceProperties('AWS::SSM::Parameter', { Name: '/saas/prod/auth/user-pool-id' });
  });

  test('custom tags reach the identity pool and roles', () => {
    const t = saasSystem({ tags: { Environment: 'prod' } }).template();
    const tags = [{ Key: 'Environment', Value: 'prod' }, { Key: 'ManagedBy', Value: 'cdk-cognito-enterprise' }];
    t.hasResourceProperties('AWS::Cognito::IdentityPool', { IdentityPoolTags: tags });
    t.hasResourceProperties('AWS::IAM::Role', { Tags: tags });
  });

  test('replaced custom attributes keep tenant and tier admin-only on top of the immutable rule', () => {
    const clients = saasSystem({
      customAttributes: {
        tenant_id: new cognito.StringAttribute({ mutable: true }),
        subscription_tier: new cognito.StringAttribute({ mutable: true }),
        region: new cognito.StringAttribute({ mutable: false }),
      },
    }).template().findResources('AWS::Cognito::UserPoolClient');
    for (const client of Object.values(clients)) {
      expect(client.Properties.WriteAttributes).not.toEqual(expect.arrayContaining(['custom:tenant_id']));
      expect(client.Properties.WriteAttributes).not.toEqual(expect.arrayContaining(['custom:subscription_tier']));
      expect(client.Properties.WriteAttributes).not.toEqual(expect.arrayContaining(['custom:region']));
    }
  });
});
