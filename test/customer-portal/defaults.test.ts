import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { portalStack } from './portal-fixtures';
import { CustomerPortal } from '../../lib/customer-portal';
import { EnterpriseUserPool } from '../../lib/enterprise-user-pool';
import { awsNagErrors } from '../support/nag';

function defaultTemplate(): Template {
  return Template.fromStack(portalStack().stack);
}

describe('CustomerPortal defaults', () => {
  test('snapshot pins the template and the pool logical id', () => {
    const template = defaultTemplate();
    expect(Object.keys(template.findResources('AWS::Cognito::UserPool'))).toEqual(['PortalPoolUserPoolB6E04E84']);
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('customers sign up themselves with an email address they verify', () => {
    defaultTemplate().hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: false }),
      UsernameAttributes: ['email'],
      AliasAttributes: Match.absent(),
      AutoVerifiedAttributes: ['email'],
      UsernameConfiguration: { CaseSensitive: false },
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
    });
  });

  test('password policy: 8 characters with lower case and digits, history kept on PLUS', () => {
    defaultTemplate().hasResourceProperties('AWS::Cognito::UserPool', {
      Policies: {
        PasswordPolicy: {
          MinimumLength: 8,
          RequireLowercase: true,
          RequireNumbers: true,
          RequireUppercase: false,
          RequireSymbols: false,
          TemporaryPasswordValidityDays: 7,
          PasswordHistorySize: 10,
        },
      },
    });
  });

  test('MFA is optional with TOTP only, and threat protection runs on the PLUS plan', () => {
    defaultTemplate().hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    });
  });

  test('SMS becomes an MFA factor once the pool can send SMS', () => {
    const { stack } = portalStack({ enableSmsRole: true });
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPool', {
      EnabledMfas: Match.arrayWith(['SMS_MFA', 'SOFTWARE_TOKEN_MFA']),
    });
  });

  test('schema: email required, phone number optional, names not required, customer_id immutable', () => {
    const schema = defaultTemplate().findResources('AWS::Cognito::UserPool').PortalPoolUserPoolB6E04E84.Properties.Schema;
    expect(schema).toEqual(expect.arrayContaining([
      { Name: 'email', Mutable: true, Required: true },
      { Name: 'phone_number', Mutable: true, Required: false },
      { Name: 'given_name', Mutable: true, Required: false },
      { Name: 'family_name', Mutable: true, Required: false },
      { Name: 'customer_id', AttributeDataType: 'String', Mutable: false, StringAttributeConstraints: { MinLength: '1', MaxLength: '64' } },
    ]));
    expect(schema.map((attribute: { Name: string }) => attribute.Name)).not.toContain('department');
  });

  test('devices are tracked and remembered when the customer agrees', () => {
    defaultTemplate().hasResourceProperties('AWS::Cognito::UserPool', {
      DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true },
    });
  });

  test('verification and invitation messages carry the brand', () => {
    const { stack } = portalStack({ brandName: 'Example Shop' });
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPool', {
      VerificationMessageTemplate: Match.objectLike({
        DefaultEmailOption: 'CONFIRM_WITH_CODE',
        EmailSubject: 'Verify your email for Example Shop',
        EmailMessage: 'Welcome to Example Shop! Your verification code is {####}',
      }),
      AdminCreateUserConfig: Match.objectLike({
        InviteMessageTemplate: Match.objectLike({ EmailSubject: 'Your Example Shop account', EmailMessage: Match.stringLikeRegexp('\\{username\\}.*\\{####\\}') }),
      }),
    });
  });

  test('link-style verification gets a branded link message', () => {
    const { stack } = portalStack({ userVerification: { emailStyle: cognito.VerificationEmailStyle.LINK } });
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPool', {
      VerificationMessageTemplate: Match.objectLike({
        DefaultEmailOption: 'CONFIRM_WITH_LINK',
        EmailMessageByLink: 'Welcome to our customer portal! Verify your email address: {##Verify Email##}',
      }),
    });
  });

  test('the web client is public and uses the code grant only, against the pool directory', () => {
    defaultTemplate().hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'portal-web',
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      CallbackURLs: ['https://shop.example.com/auth/callback'],
      LogoutURLs: ['https://shop.example.com/'],
      SupportedIdentityProviders: ['COGNITO'],
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      EnableTokenRevocation: true,
      PreventUserExistenceErrors: 'ENABLED',
      RefreshTokenValidity: 43200,
    });
  });

  test('the web client cannot write customer_id or the verification flags', () => {
    const client = Object.values(defaultTemplate().findResources('AWS::Cognito::UserPoolClient'))[0];
    const writable: string[] = client.Properties.WriteAttributes;
    expect(writable).toEqual(expect.arrayContaining(['email', 'phone_number', 'given_name', 'family_name', 'picture']));
    expect(writable).not.toEqual(expect.arrayContaining(['custom:customer_id']));
    expect(writable).not.toContain('email_verified');
  });

  test('the hosted pages use managed login on the given domain, branded for the web client', () => {
    const template = defaultTemplate();
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'example-shop', ManagedLoginVersion: 2 });
    template.resourceCountIs('AWS::Cognito::ManagedLoginBranding', 1);
  });

  test('the pool is retained and deletion-protected', () => {
    defaultTemplate().hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ DeletionProtection: 'ACTIVE' }),
    });
  });

  test('exposes the pool, its attributes, the client and the domain', () => {
    const { portal } = portalStack();
    expect(portal.pool).toBeInstanceOf(EnterpriseUserPool);
    expect(portal.userPool).toBe(portal.pool.userPool);
    expect(Object.keys(portal.customAttributes)).toEqual(['customer_id']);
    expect(portal.webClient).toBe(portal.pool.appClients['portal-web']);
    expect(portal.domain).toBe(portal.pool.domain);
    expect(portal.hostedUiBaseUrl).toBeDefined();
    expect(portal.webAcl).toBeUndefined();
  });

  test('pool settings stay overridable: objects merge, choices replace', () => {
    const { stack, portal } = portalStack({
      passwordPolicy: { minLength: 10 },
      customAttributes: { account_number: new cognito.StringAttribute({ mutable: false }) },
      webClientName: 'storefront',
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 10, RequireUppercase: false }) },
    });
    expect(Object.keys(portal.customAttributes)).toEqual(['account_number']);
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', { ClientName: 'storefront' });
  });

  test('the four AWS nag packs find no errors', () => {
    expect(awsNagErrors(portalStack().stack)).toEqual([]);
  });

  test('without threat protection the relaxed password policy is not acknowledged', () => {
    const { stack } = portalStack({ featurePlan: cognito.FeaturePlan.ESSENTIALS });
    expect(awsNagErrors(stack)).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'AwsSolutions-COG1' })]));
  });

  test('is a construct of its own', () => {
    expect(portalStack().portal).toBeInstanceOf(CustomerPortal);
  });
});
