import { RemovalPolicy } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { EnterpriseUserPool } from '../../lib';
import { awsNagErrors, cognitoEnterpriseFindings } from '../support/nag';
import { testStack } from '../support/test-stack';

function defaultPool(): { template: Template; pool: EnterpriseUserPool } {
  const stack = testStack();
  const pool = new EnterpriseUserPool(stack, 'Users');
  return { template: Template.fromStack(stack), pool };
}

describe('EnterpriseUserPool defaults', () => {
  test('snapshot pins the template and the pool logical id', () => {
    const { template } = defaultPool();
    expect(Object.keys(template.findResources('AWS::Cognito::UserPool'))).toEqual(['UsersUserPool7E610616']);
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('the pool is retained and deletion-protected', () => {
    const { template } = defaultPool();
    template.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({ DeletionProtection: 'ACTIVE' }),
    });
  });

  test('password policy: 12 characters, every class, 7-day temporary passwords, history of 10', () => {
    defaultPool().template.hasResourceProperties('AWS::Cognito::UserPool', {
      Policies: {
        PasswordPolicy: {
          MinimumLength: 12,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
          TemporaryPasswordValidityDays: 7,
          PasswordHistorySize: 10,
        },
      },
    });
  });

  test('sign-in: case-insensitive usernames with an email alias, admin-created users only', () => {
    defaultPool().template.hasResourceProperties('AWS::Cognito::UserPool', {
      UsernameConfiguration: { CaseSensitive: false },
      AliasAttributes: ['email'],
      AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: true }),
    });
  });

  test('email is auto-verified, kept until a change is verified, and recovery uses it', () => {
    defaultPool().template.hasResourceProperties('AWS::Cognito::UserPool', {
      AutoVerifiedAttributes: ['email'],
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
    });
  });

  test('schema: required email and names, mutable department, immutable employee_id', () => {
    defaultPool().template.hasResourceProperties('AWS::Cognito::UserPool', {
      Schema: Match.arrayWith([
        { Name: 'email', Required: true, Mutable: true },
        { Name: 'given_name', Required: true, Mutable: true },
        { Name: 'family_name', Required: true, Mutable: true },
        Match.objectLike({ Name: 'department', AttributeDataType: 'String', Mutable: true }),
        Match.objectLike({ Name: 'employee_id', AttributeDataType: 'String', Mutable: false }),
      ]),
    });
  });

  test('MFA is required with TOTP only', () => {
    defaultPool().template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
    });
  });

  test('PLUS plan with full-function threat protection', () => {
    defaultPool().template.hasResourceProperties('AWS::Cognito::UserPool', {
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    });
  });

  test('devices are challenged when new and remembered only when the user agrees', () => {
    defaultPool().template.hasResourceProperties('AWS::Cognito::UserPool', {
      DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true },
    });
  });

  test('invitation and verification messages carry the placeholders Cognito requires', () => {
    defaultPool().template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: {
        InviteMessageTemplate: {
          EmailMessage: Match.stringLikeRegexp('\\{username\\}.*\\{####\\}'),
          EmailSubject: 'Your new account',
          SMSMessage: Match.stringLikeRegexp('\\{username\\}.*\\{####\\}'),
        },
      },
      VerificationMessageTemplate: Match.objectLike({
        DefaultEmailOption: 'CONFIRM_WITH_CODE',
        EmailMessage: Match.stringLikeRegexp('\\{####\\}'),
      }),
    });
  });

  test('tagged as managed by the library', () => {
    defaultPool().template.hasResourceProperties('AWS::Cognito::UserPool', {
      UserPoolTags: { ManagedBy: 'cdk-cognito-enterprise' },
    });
  });

  test('no SMS role, no clients and no domain unless asked', () => {
    const { template } = defaultPool();
    template.resourceCountIs('AWS::IAM::Role', 0);
    template.resourceCountIs('AWS::Cognito::UserPoolClient', 0);
    template.resourceCountIs('AWS::Cognito::UserPoolDomain', 0);
  });

  test('publishes the pool id, ARN and issuer URL', () => {
    const outputs = defaultPool().template.toJSON().Outputs;
    expect(Object.keys(outputs)).toEqual([
      'UsersOutputsUserPoolId1317CF5F',
      'UsersOutputsUserPoolArn95B2A2BD',
      'UsersOutputsUserPoolProviderUrl0F09F6F3',
    ]);
  });

  test('exposes the L2 pool and the feature plan', () => {
    const { pool } = defaultPool();
    expect(pool.userPool).toBeInstanceOf(cognito.UserPool);
    expect(pool.featurePlan).toBe(cognito.FeaturePlan.PLUS);
  });

  test('the four AWS cdk-nag packs report no error without any acknowledgement', () => {
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users', {
      appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/callback'] }],
      domain: { cognitoDomainPrefix: 'example-corp-users' },
      groups: [{ name: 'admins' }],
    });
    expect(awsNagErrors(stack)).toEqual([]);
  });

  test('the library\'s own Cognito pack has no finding at all on defaults', () => {
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users', {
      appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/callback'] }, { name: 'server', generateSecret: true }],
      domain: { cognitoDomainPrefix: 'example-corp-users' },
    });
    expect(cognitoEnterpriseFindings(stack)).toEqual([]);
  });

  test('the nag harness does catch a weak pool', () => {
    const stack = testStack();
    new cognito.UserPool(stack, 'Weak', { removalPolicy: RemovalPolicy.DESTROY });
    expect(awsNagErrors(stack).map((finding) => finding.rule)).toContain('AwsSolutions-COG8');
  });
});
