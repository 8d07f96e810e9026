import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { EnterpriseUserPool, EnterpriseUserPoolProps } from '../../lib';
import { awsNagErrors, testStack } from '../support/nag';

const ALL_TRIGGERS: EnterpriseUserPoolProps = {
  groups: [{ name: 'employees' }],
  appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/auth/callback'] }],
  triggers: {
    preSignUp: { allowedDomains: ['example.com'], blockedDomains: ['blocked.com'], trustedDomains: ['example.com'] },
    postConfirmation: { defaultGroup: 'employees' },
    preTokenGeneration: { claimMapping: { department: 'custom:department' } },
    customMessage: { brandName: 'Example Corp' },
    userMigration: { verifierUrl: 'https://legacy.example.com/verify' },
    magicLink: { baseUrl: 'https://app.example.com/auth/callback', senderAddress: 'no-reply@example.com' },
  },
};

describe('EnterpriseUserPool with bundled triggers', () => {
  test('every trigger is wired to the pool, pre token generation with the V2 event', () => {
    const stack = testStack();
    const pool = new EnterpriseUserPool(stack, 'Users', ALL_TRIGGERS);
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: {
        PreSignUp: Match.anyValue(),
        PostConfirmation: Match.anyValue(),
        PreTokenGenerationConfig: { LambdaArn: Match.anyValue(), LambdaVersion: 'V2_0' },
        CustomMessage: Match.anyValue(),
        UserMigration: Match.anyValue(),
        DefineAuthChallenge: Match.anyValue(),
        CreateAuthChallenge: Match.anyValue(),
        VerifyAuthChallengeResponse: Match.anyValue(),
      },
    });
    template.resourceCountIs('AWS::Lambda::Function', 8);
    expect(pool.triggers?.postConfirmationFunction).toBeDefined();
  });

  test('magic-link sign-in gives clients the custom authentication flow', () => {
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users', ALL_TRIGGERS);
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ExplicitAuthFlows: ['ALLOW_CUSTOM_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    });
  });

  test('the four AWS cdk-nag packs report no error for a pool with every bundled trigger on', () => {
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users', ALL_TRIGGERS);
    expect(awsNagErrors(stack)).toEqual([]);
  });

  test('a default group the pool does not define fails synth', () => {
    const app = new App();
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users', { triggers: { postConfirmation: { defaultGroup: 'staff' } }, groups: [{ name: 'employees' }] });
    expect(() => app.synth() && Template.fromStack(stack)).toThrow(/\[CE-TRIGGER-DEFAULT-GROUP\] TestStack\/Users: triggers.postConfirmation.defaultGroup is "staff" — the group must be one of the pool's groups \(employees\)/);
  });

  test('a group added after construction satisfies the default group', () => {
    const stack = testStack();
    const pool = new EnterpriseUserPool(stack, 'Users', { triggers: { postConfirmation: { defaultGroup: 'staff' } } });
    pool.addGroup({ name: 'staff' });
    expect(() => Template.fromStack(stack)).not.toThrow();
  });
});
