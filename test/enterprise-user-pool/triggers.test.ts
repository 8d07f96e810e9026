import { App, Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { EnterpriseUserPool } from '../../lib';
import { EVERY_TRIGGER_POOL } from '../support/every-trigger-pool';
import { awsNagErrors } from '../support/nag';
import { testStack } from '../support/test-stack';

const ALL_TRIGGERS = EVERY_TRIGGER_POOL;

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

  test('magic links and migration give clients the flows they need and a session that outlives the link', () => {
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users', {
      ...ALL_TRIGGERS,
      triggers: { ...ALL_TRIGGERS.triggers, magicLink: { ...ALL_TRIGGERS.triggers!.magicLink!, linkValidity: Duration.seconds(610) } },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      AuthSessionValidity: 11,
    });
  });

  test('the cap on sign-in emails per user reaches the create-challenge trigger only', () => {
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users', {
      ...ALL_TRIGGERS,
      triggers: { ...ALL_TRIGGERS.triggers, magicLink: { ...ALL_TRIGGERS.triggers!.magicLink!, maxEmailsPerUser: 3 } },
    });
    const capped = Template.fromStack(stack).findResources('AWS::Lambda::Function', {
      Properties: { Environment: { Variables: { MAGIC_LINK_MAX_EMAILS_PER_USER: '3' } } },
    });
    expect(Object.keys(capped)).toEqual([expect.stringMatching(/CreateAuthChallenge/)]);
  });

  test('a magic link must land on a client callback URL, which a later client can provide', () => {
    const magicLink = { baseUrl: 'https://portal.example.com/magic', senderAddress: 'no-reply@example.com' };
    const missing = testStack();
    new EnterpriseUserPool(missing, 'Users', { mfa: cognito.Mfa.OPTIONAL, triggers: { magicLink } });
    expect(() => Template.fromStack(missing)).toThrow(/\[CE-TRIGGER-MAGIC-LINK\] TestStack\/Users: triggers.magicLink.baseUrl is "https:\/\/portal.example.com\/magic" — a magic link must land on one of the pool's client callback URLs \(none defined\)/);

    const later = testStack();
    const pool = new EnterpriseUserPool(later, 'Users', { mfa: cognito.Mfa.OPTIONAL, triggers: { magicLink } });
    pool.addAppClient({ name: 'portal', callbackUrls: [magicLink.baseUrl] });
    expect(() => Template.fromStack(later)).not.toThrow();
  });

  test('a client session shorter than the magic link fails synth', () => {
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users', {
      mfa: cognito.Mfa.OPTIONAL,
      appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/cb'], authSessionValidity: Duration.minutes(3) }],
      triggers: { magicLink: { baseUrl: 'https://app.example.com/cb', senderAddress: 'no-reply@example.com', linkValidity: Duration.minutes(10) } },
    });
    expect(() => Template.fromStack(stack)).toThrow(/appClients\[web\].authSessionValidity is 3 minutes — .* at least triggers.magicLink.linkValidity \(10 minutes\)/);
  });

  test('passkeys with a custom domain name it as their relying party', () => {
    const stack = testStack();
    const certificate = acm.Certificate.fromCertificateArn(stack, 'Cert', 'arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555');
    new EnterpriseUserPool(stack, 'Users', {
      mfa: cognito.Mfa.OPTIONAL,
      domain: { customDomainName: 'auth.example.com', certificate },
      passwordless: { passkeys: true },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPool', { WebAuthnRelyingPartyID: 'auth.example.com' });
  });

  test('client names that reduce to the same output key fail with the rule id', () => {
    const pool = new EnterpriseUserPool(testStack(), 'Users', { appClients: [{ name: 'my-web' }] });
    expect(() => pool.addAppClient({ name: 'my_web' })).toThrow(/\[CE-CLIENT-NAME\] TestStack\/Users: addAppClient\("my_web"\).name is "my_web" — another client is named "my-web"/);
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
