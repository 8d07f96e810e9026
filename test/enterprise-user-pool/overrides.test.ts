import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import { EnterpriseUserPool, EnterpriseUserPoolProps } from '../../lib';
import { testStack } from '../support/test-stack';

function synth(props: EnterpriseUserPoolProps): Template {
  const stack = testStack();
  new EnterpriseUserPool(stack, 'Users', props);
  return Template.fromStack(stack);
}

describe('EnterpriseUserPool overrides', () => {
  test('a partial password policy keeps the other defaults', () => {
    synth({ passwordPolicy: { minLength: 16 } }).hasResourceProperties('AWS::Cognito::UserPool', {
      Policies: {
        PasswordPolicy: Match.objectLike({ MinimumLength: 16, RequireSymbols: true, TemporaryPasswordValidityDays: 7, PasswordHistorySize: 10 }),
      },
    });
  });

  test('sign-in aliases, case sensitivity and self sign-up', () => {
    synth({ signInAliases: { username: true, email: true, preferredUsername: true }, signInCaseSensitive: true, selfSignUpEnabled: true })
      .hasResourceProperties('AWS::Cognito::UserPool', {
        AliasAttributes: ['email', 'preferred_username'],
        UsernameConfiguration: { CaseSensitive: true },
        AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: false }),
      });
  });

  test('MFA optional with TOTP and SMS creates the SMS role', () => {
    const template = synth({ mfa: cognito.Mfa.OPTIONAL, mfaSecondFactor: { otp: true, sms: true } });
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'],
      SmsConfiguration: Match.objectLike({ SnsCallerArn: Match.anyValue() }),
    });
    template.resourceCountIs('AWS::IAM::Role', 1);
  });

  test('email MFA through SES on the ESSENTIALS plan', () => {
    synth({
      featurePlan: cognito.FeaturePlan.ESSENTIALS,
      mfaSecondFactor: { otp: true, sms: false, email: true },
      email: cognito.UserPoolEmail.withSES({ fromEmail: 'no-reply@example.com', sesVerifiedDomain: 'example.com' }),
    }).hasResourceProperties('AWS::Cognito::UserPool', {
      UserPoolTier: 'ESSENTIALS',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'],
      EmailConfiguration: Match.objectLike({ EmailSendingAccount: 'DEVELOPER', From: 'no-reply@example.com' }),
    });
  });

  test('a lower plan drops the defaults it cannot carry instead of failing', () => {
    const essentials = synth({ featurePlan: cognito.FeaturePlan.ESSENTIALS }).toJSON();
    const pool = Object.values(essentials.Resources).find((r: any) => r.Type === 'AWS::Cognito::UserPool') as any;
    expect(pool.Properties.UserPoolAddOns).toBeUndefined();
    expect(pool.Properties.Policies.PasswordPolicy.PasswordHistorySize).toBe(10);

    const lite = synth({ featurePlan: cognito.FeaturePlan.LITE }).toJSON();
    const litePool = Object.values(lite.Resources).find((r: any) => r.Type === 'AWS::Cognito::UserPool') as any;
    expect(litePool.Properties.Policies.PasswordPolicy.PasswordHistorySize).toBeUndefined();
  });

  test('threat protection can be set to audit only', () => {
    synth({ standardThreatProtectionMode: cognito.StandardThreatProtectionMode.AUDIT_ONLY })
      .hasResourceProperties('AWS::Cognito::UserPool', { UserPoolAddOns: { AdvancedSecurityMode: 'AUDIT' } });
  });

  test('custom attributes replace the defaults; immutable ones are admin-only', () => {
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users', {
      customAttributes: {
        tenant_id: new cognito.StringAttribute({ mutable: false }),
        seats: new cognito.NumberAttribute({ min: 1, max: 1000, mutable: true }),
        beta: new cognito.BooleanAttribute({ mutable: true }),
        hired: new cognito.DateTimeAttribute({ mutable: true }),
      },
      appClients: [{ name: 'app' }],
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      Schema: Match.arrayWith([
        Match.objectLike({ Name: 'tenant_id', Mutable: false }),
        Match.objectLike({ Name: 'seats', AttributeDataType: 'Number', NumberAttributeConstraints: { MinValue: '1', MaxValue: '1000' } }),
        Match.objectLike({ Name: 'beta', AttributeDataType: 'Boolean' }),
        Match.objectLike({ Name: 'hired', AttributeDataType: 'DateTime' }),
      ]),
    });
    const client = Object.values(template.findResources('AWS::Cognito::UserPoolClient'))[0];
    expect(client.Properties.WriteAttributes).toEqual(expect.arrayContaining(['custom:seats', 'custom:beta', 'custom:hired']));
    expect(client.Properties.WriteAttributes).not.toContain('custom:tenant_id');
    expect(client.Properties.WriteAttributes).not.toContain('email_verified');
  });

  test('adminOnlyAttributes can name mutable attributes too', () => {
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users', { adminOnlyAttributes: ['department', 'employee_id'], appClients: [{ name: 'app' }] });
    const client = Object.values(Template.fromStack(stack).findResources('AWS::Cognito::UserPoolClient'))[0];
    expect(client.Properties.WriteAttributes.filter((a: string) => a.startsWith('custom:'))).toEqual([]);
  });

  test('removal policy and deletion protection can be relaxed for ephemeral stacks', () => {
    synth({ removalPolicy: RemovalPolicy.DESTROY, deletionProtection: false }).hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Delete',
      Properties: Match.objectLike({ DeletionProtection: 'INACTIVE' }),
    });
  });

  test('device tracking, account recovery and messages', () => {
    synth({
      deviceTracking: { challengeRequiredOnNewDevice: false, deviceOnlyRememberedOnUserPrompt: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_AND_PHONE_WITHOUT_MFA,
      userInvitation: { emailSubject: 'Welcome to Example Corp' },
      userVerification: { emailStyle: cognito.VerificationEmailStyle.LINK },
    }).hasResourceProperties('AWS::Cognito::UserPool', {
      DeviceConfiguration: { ChallengeRequiredOnNewDevice: false, DeviceOnlyRememberedOnUserPrompt: false },
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }, { Name: 'verified_phone_number', Priority: 2 }] },
      AdminCreateUserConfig: Match.objectLike({ InviteMessageTemplate: Match.objectLike({ EmailSubject: 'Welcome to Example Corp', EmailMessage: Match.stringLikeRegexp('\\{####\\}') }) }),
      VerificationMessageTemplate: Match.objectLike({ DefaultEmailOption: 'CONFIRM_WITH_LINK', EmailMessageByLink: Match.stringLikeRegexp('\\{##Verify Email##\\}') }),
    });
  });

  test('passwordless sign-in with passkeys and email codes', () => {
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users', {
      mfa: cognito.Mfa.OPTIONAL,
      email: cognito.UserPoolEmail.withSES({ fromEmail: 'no-reply@example.com', sesVerifiedDomain: 'example.com' }),
      passwordless: { passkeys: true, emailOtp: true, passkeyRelyingPartyId: 'auth.example.com' },
      appClients: [{ name: 'app' }],
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      Policies: Match.objectLike({ SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'] } }),
      WebAuthnRelyingPartyID: 'auth.example.com',
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ExplicitAuthFlows: Match.arrayWith(['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_AUTH']),
    });
  });

  test('passkeys on a pool that requires MFA count as both factors, with user verification', () => {
    synth({ passwordless: { passkeys: true }, passkeyRelyingPartyId: 'auth.example.com' }).hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      Policies: Match.objectLike({ SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'WEB_AUTHN'] } }),
      WebAuthnFactorConfiguration: 'MULTI_FACTOR_WITH_USER_VERIFICATION',
      WebAuthnUserVerification: 'required',
    });
  });

  test('groups with description, precedence and role', () => {
    const stack = testStack();
    const role = new iam.Role(stack, 'AdminRole', { assumedBy: new iam.ServicePrincipal('cognito-identity.amazonaws.com') });
    const pool = new EnterpriseUserPool(stack, 'Users', { groups: [{ name: 'admins', description: 'Administrators', precedence: 1, role }] });
    pool.addGroup({ name: 'readers' });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Cognito::UserPoolGroup', {
      GroupName: 'admins', Description: 'Administrators', Precedence: 1, RoleArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('AdminRole'), 'Arn'] },
    });
    template.resourceCountIs('AWS::Cognito::UserPoolGroup', 2);
    expect(Object.keys(pool.groups)).toEqual(['admins', 'readers']);
  });

  test('tags are added to ManagedBy, whose value a tag of the same key replaces', () => {
    synth({ tags: { Environment: 'prod', Purpose: 'workforce' } }).hasResourceProperties('AWS::Cognito::UserPool', {
      UserPoolTags: Match.exact({ ManagedBy: 'cdk-cognito-enterprise', Environment: 'prod', Purpose: 'workforce' }),
    });
    synth({ tags: { ManagedBy: 'platform-team' } }).hasResourceProperties('AWS::Cognito::UserPool', {
      UserPoolTags: Match.exact({ ManagedBy: 'platform-team' }),
    });
  });

  test('outputs can be exported and written to SSM', () => {
    const template = synth({
      outputs: { exportPrefix: 'corp-auth', ssmParameterPrefix: '/corp/prod/auth/' },
      appClients: [{ name: 'web-app' }],
    });
    template.hasOutput('*', { Export: { Name: 'corp-auth-UserPoolId' } });
    template.hasOutput('*', { Export: { Name: 'corp-auth-WebAppClientId' } });
    template.hasResourceProperties('AWS::SSM::Parameter', { Name: '/corp/prod/auth/user-pool-id', Type: 'String' });
    template.hasResourceProperties('AWS::SSM::Parameter', { Name: '/corp/prod/auth/clients/web-app/id' });
  });

  test('outputs can be turned off', () => {
    expect(synth({ outputs: { cfnOutputs: false } }).toJSON().Outputs).toBeUndefined();
  });

  test('token validities and other client settings override the defaults', () => {
    synth({
      appClients: [{
        name: 'server',
        generateSecret: true,
        authFlows: { userSrp: true, adminUserPassword: true },
        accessTokenValidity: Duration.minutes(15),
        idTokenValidity: Duration.minutes(15),
        refreshTokenValidity: Duration.days(1),
        authSessionValidity: Duration.minutes(10),
      }],
    }).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: true,
      EnablePropagateAdditionalUserContextData: true,
      ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      AccessTokenValidity: 15,
      IdTokenValidity: 15,
      RefreshTokenValidity: 1440,
      AuthSessionValidity: 10,
    });
  });
});

describe('EnterpriseUserPool groups with look-alike names', () => {
  test('names that differ only in punctuation or case get distinct, stable logical ids', () => {
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users', { groups: [{ name: 'tenant-a.b' }, { name: 'tenant-a_b' }, { name: 'Tenant-A.B' }, { name: 'a/b' }] });
    const groups = Template.fromStack(stack).findResources('AWS::Cognito::UserPoolGroup');
    expect(Object.values(groups).map((group) => group.Properties.GroupName)).toEqual(['tenant-a.b', 'tenant-a_b', 'Tenant-A.B', 'a/b']);
    expect(Object.keys(groups)).toEqual([
      expect.stringMatching(/^UsersUserPoolGrouptenantab[0-9A-F]{8}$/),
      expect.stringMatching(/^UsersUserPoolGrouptenantab[0-9A-F]{8}$/),
      expect.stringMatching(/^UsersUserPoolGroupTenantAB[0-9A-F]{8}$/),
      expect.stringMatching(/^UsersUserPoolGroupa2Fb[0-9A-F]{8}$/),
    ]);
  });
});

describe('EnterpriseUserPool keeps verified addresses', () => {
  test('every auto-verified attribute keeps its original value until the new one is verified', () => {
    synth({ autoVerify: { email: true, phone: true }, signInAliases: { username: true, email: true, phone: true } })
      .hasResourceProperties('AWS::Cognito::UserPool', {
        AutoVerifiedAttributes: ['email', 'phone_number'],
        UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email', 'phone_number'] },
      });
  });

  test('nothing to keep when nothing is auto-verified', () => {
    synth({ autoVerify: { email: false, phone: false } }).hasResourceProperties('AWS::Cognito::UserPool', {
      UserAttributeUpdateSettings: Match.absent(),
    });
  });
});
