import { Match, Template } from 'aws-cdk-lib/assertions';
import * as identitypool from 'aws-cdk-lib/aws-cognito-identitypool';
import * as iam from 'aws-cdk-lib/aws-iam';
import { ssoProps } from './fixtures';
import { EnterpriseSso, EnterpriseSsoProps } from '../../lib/enterprise-sso';
import { awsNagErrors } from '../support/nag';
import { testStack } from '../support/test-stack';

function synth(props: EnterpriseSsoProps): { stack: ReturnType<typeof testStack>; sso: EnterpriseSso; template: Template } {
  const stack = testStack();
  const sso = new EnterpriseSso(stack, 'Sso', props);
  return { stack, sso, template: Template.fromStack(stack) };
}

describe('EnterpriseSso identity pool', () => {
  test('authenticated users only, no classic flow, trusting the app client', () => {
    const { sso, template } = synth(ssoProps({ identityPool: {} }));
    expect(sso.identityPool).toBeDefined();
    template.hasResourceProperties('AWS::Cognito::IdentityPool', {
      AllowUnauthenticatedIdentities: false,
      AllowClassicFlow: false,
      CognitoIdentityProviders: [Match.objectLike({ ClientId: { Ref: Match.stringLikeRegexp('^SsoPoolUserPoolweb') } })],
    });
  });

  test('role mapping by token by default, denying ambiguous mappings', () => {
    synth(ssoProps({ identityPool: {} })).template.hasResourceProperties('AWS::Cognito::IdentityPoolRoleAttachment', {
      RoleMappings: { web: { Type: 'Token', AmbiguousRoleResolution: 'Deny', IdentityProvider: Match.anyValue() } },
    });
  });

  test('role mapping by rules on IdP claims', () => {
    const stack = testStack();
    const admins = new iam.Role(stack, 'Admins', { assumedBy: new iam.AccountRootPrincipal() });
    new EnterpriseSso(stack, 'Sso', ssoProps({
      identityPool: { rules: [{ claim: 'custom:role', claimValue: 'admin', mappedRole: admins }], resolveAmbiguousRoles: true },
    }));
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::IdentityPoolRoleAttachment', {
      RoleMappings: {
        web: {
          Type: 'Rules',
          AmbiguousRoleResolution: 'AuthenticatedRole',
          RulesConfiguration: { Rules: [{ Claim: 'custom:role', MatchType: identitypool.RoleMappingMatchType.EQUALS, Value: 'admin', RoleARN: Match.anyValue() }] },
        },
      },
    });
  });

  test('the unauthenticated role the L2 always creates can only be assumed by guests, which are off', () => {
    const { template } = synth(ssoProps({ identityPool: {} }));
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: Match.objectLike({
        Statement: [Match.objectLike({ Condition: Match.objectLike({ 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'unauthenticated' } }) })],
      }),
    });
  });

  test('zero error findings from the four AWS packs with an identity pool', () => {
    const { stack } = synth(ssoProps({ identityPool: {} }));
    expect(awsNagErrors(stack)).toEqual([]);
  });
});

describe('EnterpriseSso identity pool role-mapping keys', () => {
  test('client names that reduce to the same key fail with the rule id', () => {
    expect(() => new EnterpriseSso(testStack(), 'Sso', ssoProps({
      identityPool: {},
      appClients: [{ name: 'web.app', callbackUrls: ['https://app.example.com/callback'] }, { name: 'webapp', callbackUrls: ['https://app.example.com/callback'] }],
    }))).toThrow(/\[CE-SSO-IDENTITY-POOL\] TestStack\/Sso: appClients name "webapp" — role mappings are keyed by client name reduced to letters and digits/);
  });
});
