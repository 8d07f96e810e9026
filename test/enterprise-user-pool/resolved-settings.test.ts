import { CfnParameter, RemovalPolicy } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { EnterpriseUserPool, EnterpriseUserPoolProps } from '../../lib';
import { testStack } from '../support/test-stack';

const SES = cognito.UserPoolEmail.withSES({ fromEmail: 'no-reply@example.com', sesVerifiedDomain: 'example.com' });

function build(props: EnterpriseUserPoolProps) {
  const stack = testStack();
  new EnterpriseUserPool(stack, 'Users', props);
  return { template: Template.fromStack(stack), annotations: Annotations.fromStack(stack) };
}

function writeAttributes(template: Template): string[] {
  return Object.values(template.findResources('AWS::Cognito::UserPoolClient'))[0].Properties.WriteAttributes;
}

describe('teardown: removalPolicy DESTROY', () => {
  test('turns the default deletion protection off, and says so with a stable id', () => {
    const { template, annotations } = build({ removalPolicy: RemovalPolicy.DESTROY });
    template.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Delete', Properties: Match.objectLike({ DeletionProtection: 'INACTIVE' }) });
    expect(annotations.findInfo('*', Match.stringLikeRegexp('CE-POOL-TEARDOWN-PROTECTION-OFF')).map(({ entry }) => entry.data)).toEqual([
      expect.stringMatching(/^\[CE-POOL-TEARDOWN-PROTECTION-OFF\] TestStack\/Users: deletionProtection is false — removalPolicy DESTROY without deletionProtection turns the default deletion protection off/),
    ]);
  });

  test('with deletion protection explicitly off, needs no explanation', () => {
    const { template, annotations } = build({ removalPolicy: RemovalPolicy.DESTROY, deletionProtection: false });
    template.hasResourceProperties('AWS::Cognito::UserPool', { DeletionProtection: 'INACTIVE' });
    expect(annotations.findInfo('*', Match.stringLikeRegexp('CE-POOL-TEARDOWN'))).toEqual([]);
  });

  test('the default stays retained and protected', () => {
    build({}).template.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Retain', Properties: Match.objectLike({ DeletionProtection: 'ACTIVE' }) });
  });
});

describe('explicit standard attributes replace the default set', () => {
  test('only the attributes given are declared, so none becomes required by surprise', () => {
    const schema = Object.values(build({ standardAttributes: { phoneNumber: { required: true } } }).template
      .findResources('AWS::Cognito::UserPool'))[0].Properties.Schema as Array<{ Name: string; Required?: boolean }>;
    expect(schema.filter(({ Required }) => Required).map(({ Name }) => Name)).toEqual(['phone_number']);
    expect(schema.map(({ Name }) => Name)).not.toEqual(expect.arrayContaining(['given_name']));
  });

  test('without standardAttributes the defaults apply: email, given and family name required', () => {
    const schema = Object.values(build({}).template.findResources('AWS::Cognito::UserPool'))[0].Properties.Schema as Array<{ Name: string; Required?: boolean }>;
    expect(schema.filter(({ Required }) => Required).map(({ Name }) => Name).sort()).toEqual(['email', 'family_name', 'given_name']);
  });
});

describe('admin-only attributes', () => {
  const customAttributes = { tenant_id: new cognito.StringAttribute({ mutable: true }), plan: new cognito.StringAttribute({ mutable: true }) };

  test.each(['tenant_id', 'custom:tenant_id'])('%s protects custom:tenant_id from every client', (name) => {
    const written = writeAttributes(build({ customAttributes, adminOnlyAttributes: [name], appClients: [{ name: 'app' }] }).template);
    expect(written).toContain('custom:plan');
    expect(written).not.toContain('custom:tenant_id');
  });
});

describe('first factors are judged however they were configured', () => {
  test('signInPolicy passkeys on a pool that requires MFA get user verification and the USER_AUTH flow', () => {
    const { template } = build({ signInPolicy: { allowedFirstAuthFactors: { password: true, passkey: true } }, passkeyRelyingPartyId: 'auth.example.com', appClients: [{ name: 'app' }] });
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      WebAuthnFactorConfiguration: 'MULTI_FACTOR_WITH_USER_VERIFICATION',
      WebAuthnUserVerification: 'required',
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', { ExplicitAuthFlows: Match.arrayWith(['ALLOW_USER_AUTH']) });
  });

  test.each([
    ['passwordless', { passwordless: { emailOtp: true } }],
    ['signInPolicy', { signInPolicy: { allowedFirstAuthFactors: { password: true, emailOtp: true } } }],
  ] as Array<[string, EnterpriseUserPoolProps]>)('email codes through %s deploy with the default email, with a quota warning', (_spelling, props) => {
    const { template, annotations } = build({ mfa: cognito.Mfa.OPTIONAL, ...props });
    template.hasResourceProperties('AWS::Cognito::UserPool', { Policies: Match.objectLike({ SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } }) });
    expect(annotations.findWarning('*', Match.stringLikeRegexp('CE-PASSWORDLESS-EMAIL-QUOTA'))).toHaveLength(1);
  });

  test('email codes through Amazon SES raise no quota warning', () => {
    const { annotations } = build({ mfa: cognito.Mfa.OPTIONAL, email: SES, passwordless: { emailOtp: true } });
    expect(annotations.findWarning('*', Match.stringLikeRegexp('CE-PASSWORDLESS-EMAIL-QUOTA'))).toEqual([]);
  });
});

describe('OAuth grants', () => {
  test('a client without callback URLs and without explicit grants keeps OAuth off', () => {
    build({ appClients: [{ name: 'mobile' }] }).template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AllowedOAuthFlowsUserPoolClient: false,
    });
  });

  test('an explicit grant with callback URLs is kept', () => {
    build({ appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/cb'], oAuthFlows: { authorizationCodeGrant: true } }] })
      .template.hasResourceProperties('AWS::Cognito::UserPoolClient', { AllowedOAuthFlows: ['code'] });
  });
});

describe('a feature plan chosen at deploy time', () => {
  test('keeps the defaults and the features of the newer plans, which it may turn out to be', () => {
    const stack = testStack();
    const plan = new CfnParameter(stack, 'Plan', { allowedValues: ['ESSENTIALS', 'PLUS'] }).valueAsString as cognito.FeaturePlan;
    new EnterpriseUserPool(stack, 'Users', {
      featurePlan: plan,
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { sms: false, otp: true, email: true },
      email: SES,
      passwordless: { emailOtp: true },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPool', {
      UserPoolTier: { Ref: 'Plan' },
      Policies: Match.objectLike({ PasswordPolicy: Match.objectLike({ PasswordHistorySize: 10 }) }),
      EnabledMfas: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'],
    });
  });
});
