import { Match, Template } from 'aws-cdk-lib/assertions';
import { onlyResource, saasSystem } from './saas-fixtures';
import { awsNagErrors } from '../support/nag';

// 1-hour access and ID tokens, 30-day refresh tokens, in minutes.
const SEED_TOKEN_VALIDITY = { AccessTokenValidity: 60, IdTokenValidity: 60, RefreshTokenValidity: 43200 };

describe('SaasAuthSystem defaults', () => {
  test('snapshot pins the template and the pool logical id', () => {
    const template = saasSystem().template();
    expect(Object.keys(template.findResources('AWS::Cognito::UserPool'))).toEqual(['AuthPoolUserPoolFBBCB84E']);
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('zero error findings from the four AWS nag packs', () => {
    expect(awsNagErrors(saasSystem().stack)).toEqual([]);
  });

  test('pool: 14-character passwords with every class, 3-day temporary passwords, history kept', () => {
    saasSystem().template().hasResourceProperties('AWS::Cognito::UserPool', {
      Policies: {
        PasswordPolicy: {
          MinimumLength: 14,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
          TemporaryPasswordValidityDays: 3,
          PasswordHistorySize: 10,
        },
      },
    });
  });

  test('pool: optional TOTP MFA, self sign-up, Cognito default email, retained', () => {
    const template = saasSystem().template();
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: false }),
      EmailConfiguration: Match.absent(),
      DeletionProtection: 'ACTIVE',
    });
    template.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Retain' });
  });

  test('pool: mutable company_name and subscription_tier, immutable tenant_id', () => {
    saasSystem().template().hasResourceProperties('AWS::Cognito::UserPool', {
      Schema: Match.arrayWith([
        Match.objectLike({ Name: 'company_name', AttributeDataType: 'String', Mutable: true }),
        Match.objectLike({ Name: 'subscription_tier', AttributeDataType: 'String', Mutable: true }),
        Match.objectLike({ Name: 'tenant_id', AttributeDataType: 'String', Mutable: false }),
      ]),
    });
  });

  test('no client may write tenant_id or subscription_tier; users may write company_name', () => {
    const clients = saasSystem().template().findResources('AWS::Cognito::UserPoolClient');
    expect(Object.keys(clients)).toHaveLength(2);
    for (const client of Object.values(clients)) {
      const writable: string[] = client.Properties.WriteAttributes;
      expect(writable).toContain('custom:company_name');
      expect(writable).not.toContain('custom:tenant_id');
      expect(writable).not.toContain('custom:subscription_tier');
      expect(client.Properties.ReadAttributes).toBeUndefined();
    }
  });

  test('web client: secret, authorization code flow only, redirect URLs, seed token validities', () => {
    saasSystem().template().hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'web',
      GenerateSecret: true,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      CallbackURLs: ['https://app.example.com/callback'],
      LogoutURLs: ['https://app.example.com/'],
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      ...SEED_TOKEN_VALIDITY,
    });
  });

  test('mobile client: no secret, SRP and refresh only, no OAuth', () => {
    saasSystem().template().hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'mobile',
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: false,
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      ...SEED_TOKEN_VALIDITY,
    });
  });

  test('identity pool: signed-in users only, no classic flow, both clients with server-side token checks', () => {
    const template = saasSystem().template();
    template.hasResourceProperties('AWS::Cognito::IdentityPool', {
      AllowUnauthenticatedIdentities: false,
      AllowClassicFlow: false,
      CognitoIdentityProviders: [
        { ClientId: { Ref: 'AuthPoolUserPoolweb23274898' }, ProviderName: Match.anyValue(), ServerSideTokenCheck: true },
        { ClientId: { Ref: 'AuthPoolUserPoolmobile1F6E7763' }, ProviderName: Match.anyValue(), ServerSideTokenCheck: true },
      ],
    });
    template.hasResourceProperties('AWS::Cognito::IdentityPoolRoleAttachment', {
      Roles: { authenticated: { 'Fn::GetAtt': ['AuthAuthenticatedRole5FDCA01E', 'Arn'] }, unauthenticated: Match.anyValue() },
      RoleMappings: Match.absent(),
    });
  });

  test('authenticated role: trusts only authenticated identities of this pool, and allows session tags', () => {
    const template = saasSystem().template();
    const identityPool = onlyResource(template, 'AWS::Cognito::IdentityPool').id;
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [{
          Effect: 'Allow',
          Principal: { Federated: 'cognito-identity.amazonaws.com' },
          Action: ['sts:AssumeRoleWithWebIdentity', 'sts:TagSession'],
          Condition: {
            'StringEquals': { 'cognito-identity.amazonaws.com:aud': { Ref: identityPool } },
            'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
          },
        }],
        Version: '2012-10-17',
      },
    });
  });

  test('the unauthenticated role the identity pool construct always creates has no permission at all', () => {
    const template = saasSystem().template();
    const attachment = onlyResource(template, 'AWS::Cognito::IdentityPoolRoleAttachment').resource;
    const unauthenticatedId = attachment.Properties.Roles.unauthenticated['Fn::GetAtt'][0];
    const role = template.toJSON().Resources[unauthenticatedId];
    expect(role.Properties.AssumeRolePolicyDocument.Statement[0].Condition['ForAnyValue:StringLike'])
      .toEqual({ 'cognito-identity.amazonaws.com:amr': 'unauthenticated' });
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    expect(role.Properties.Policies).toBeUndefined();
    const attached = JSON.stringify([template.findResources('AWS::IAM::Policy'), template.findResources('AWS::IAM::ManagedPolicy')]);
    expect(attached).not.toContain(unauthenticatedId);
  });

  test('principal tags: custom:tenant_id and custom:subscription_tier for the pool, without defaults', () => {
    const template = saasSystem().template();
    template.hasResourceProperties('AWS::Cognito::IdentityPoolPrincipalTag', {
      IdentityPoolId: { Ref: onlyResource(template, 'AWS::Cognito::IdentityPool').id },
      IdentityProviderName: { 'Fn::GetAtt': ['AuthPoolUserPoolFBBCB84E', 'ProviderName'] },
      PrincipalTags: { tenant_id: 'custom:tenant_id', subscription_tier: 'custom:subscription_tier' },
      UseDefaults: false,
    });
  });

  test('outputs: pool, client and identity pool ids, never a secret', () => {
    const template = saasSystem().template();
    template.hasOutput('*', { Description: 'Identity pool id', Value: { Ref: onlyResource(template, 'AWS::Cognito::IdentityPool').id } });
    template.hasOutput('*', { Value: { Ref: 'AuthPoolUserPoolweb23274898' } });
    template.hasOutput('*', { Value: { Ref: 'AuthPoolUserPoolmobile1F6E7763' } });
    expect(JSON.stringify(template.toJSON().Outputs)).not.toMatch(/ClientSecret/);
  });

  test('every resource carries the ManagedBy tag', () => {
    const template = saasSystem().template();
    template.hasResourceProperties('AWS::Cognito::IdentityPool', { IdentityPoolTags: [{ Key: 'ManagedBy', Value: 'cdk-cognito-enterprise' }] });
    for (const role of Object.values(template.findResources('AWS::IAM::Role'))) {
      expect(role.Properties.Tags).toEqual([{ Key: 'ManagedBy', Value: 'cdk-cognito-enterprise' }]);
    }
  });

  test('exposes every resource it creates', () => {
    const { system } = saasSystem();
    expect(system.userPool).toBe(system.pool.userPool);
    expect(system.webClient).toBe(system.pool.appClients.web);
    expect(system.mobileClient).toBe(system.pool.appClients.mobile);
    expect(system.identityPool.authenticatedRole).toBe(system.authenticatedRole);
    expect(system.unauthenticatedRole).toBe(system.identityPool.unauthenticatedRole);
    expect(system.guestRole).toBeUndefined();
    expect(system.principalTags).toBeDefined();
    expect(system.tenantGroups).toEqual({});
    expect(system.dataAccessPolicy).toBeUndefined();
  });

  test('a template check that exercises CloudFormation schema validation once', () => {
    expect(() => Template.fromStack(saasSystem().stack)).not.toThrow();
  });
});
