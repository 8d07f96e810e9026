import { Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as logs from 'aws-cdk-lib/aws-logs';
import { triggersStack } from './support/all-triggers-stack';

const POOL_ARN = { 'Fn::GetAtt': [Match.stringLikeRegexp('^Pool'), 'Arn'] };

describe('EnterpriseTriggers with every bundled trigger', () => {
  const { stack, triggers } = triggersStack();
  // Synthesizing at all proves there is no pool ↔ function dependency cycle.
  const template = Template.fromStack(stack);

  test('wires each trigger to the pool, pre token generation as V2', () => {
    const arnOf = (id: string) => ({ 'Fn::GetAtt': [Match.stringLikeRegexp(`^Triggers${id}Function`), 'Arn'] });
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: {
        PreSignUp: arnOf('PreSignUp'),
        PostConfirmation: arnOf('PostConfirmation'),
        PreTokenGenerationConfig: { LambdaArn: arnOf('PreTokenGeneration'), LambdaVersion: 'V2_0' },
        CustomMessage: arnOf('CustomMessage'),
        UserMigration: arnOf('UserMigration'),
        DefineAuthChallenge: arnOf('DefineAuthChallenge'),
        CreateAuthChallenge: arnOf('CreateAuthChallenge'),
        VerifyAuthChallengeResponse: arnOf('VerifyAuthChallenge'),
      },
    });
  });

  test('exposes each function', () => {
    const functions = [
      triggers.preSignUpFunction, triggers.postConfirmationFunction, triggers.preTokenGenerationFunction, triggers.customMessageFunction,
      triggers.userMigrationFunction, triggers.defineAuthChallengeFunction, triggers.createAuthChallengeFunction,
      triggers.verifyAuthChallengeFunction,
    ];
    expect(functions.every((fn) => fn !== undefined)).toBe(true);
  });

  test('lets only its own pool invoke each trigger', () => {
    template.resourceCountIs('AWS::Lambda::Permission', 8);
    template.allResourcesProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'cognito-idp.amazonaws.com',
      SourceArn: POOL_ARN,
    });
  });

  test('grants post confirmation only AdminAddUserToGroup on its pool, in a customer-managed policy', () => {
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([{ Action: 'cognito-idp:AdminAddUserToGroup', Effect: 'Allow', Resource: POOL_ARN }]),
      },
      Roles: [{ Ref: Match.stringLikeRegexp('^TriggersPostConfirmationRole') }],
    });
  });

  test('uses no inline policies and no AWS managed policies', () => {
    template.resourceCountIs('AWS::IAM::Policy', 0);
    template.resourceCountIs('AWS::IAM::ManagedPolicy', 8);
    template.allResourcesProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent(), Policies: Match.absent() });
  });

  test('scopes the log permissions of each trigger to its own log group', () => {
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([{
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Effect: 'Allow',
          Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^TriggersPreSignUpLogs'), 'Arn'] },
        }]),
      },
    });
  });

  test('signs magic links with the HMAC key and sends them from the sender identity only', () => {
    template.hasResourceProperties('AWS::KMS::Key', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          { Action: 'kms:GenerateMac', Effect: 'Allow', Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^TriggersMagicLinkSigningKey'), 'Arn'] } },
          {
            Action: 'ses:SendEmail',
            Effect: 'Allow',
            Resource: [
              Match.objectLike({ 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp(':identity/no-reply@example\\.com$')])] }),
              Match.objectLike({ 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp(':identity/example\\.com$')])] }),
            ],
          },
        ]),
      },
    });
  });

  test('runs every function within the 5-second budget with JSON logs', () => {
    template.resourceCountIs('AWS::Lambda::Function', 8);
    template.allResourcesProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Timeout: 4,
      MemorySize: 256,
      LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: Match.anyValue() } },
      ReservedConcurrentExecutions: Match.absent(),
    });
  });

  test('keeps logs a year, encrypted with one rotating key', () => {
    template.allResourcesProperties('AWS::Logs::LogGroup', {
      RetentionInDays: 365,
      KmsKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^TriggersLogEncryptionKey'), 'Arn'] },
    });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  test('passes each handler its settings', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          ALLOWED_EMAIL_DOMAINS: 'example.com,partner.example.org',
          BLOCKED_EMAIL_DOMAINS: 'blocked.com',
          TRUSTED_EMAIL_DOMAINS: 'example.com',
        }),
      },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ DEFAULT_GROUP: 'users', TENANT_GROUP_TEMPLATE: 'tenant-{tenantId}' }) },
    });
  });
});

describe('EnterpriseTriggers options', () => {
  test('creates nothing when no trigger is enabled', () => {
    const { stack, triggers } = triggersStack({});
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Lambda::Function', 0);
    template.resourceCountIs('AWS::KMS::Key', 0);
    expect(triggers.logEncryptionKey).toBeUndefined();
  });

  test('falls back to the V1 event on the LITE plan, with a warning', () => {
    const { stack } = triggersStack({ preTokenGeneration: {}, featurePlan: cognito.FeaturePlan.LITE }, { featurePlan: cognito.FeaturePlan.LITE });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: { PreTokenGenerationConfig: { LambdaVersion: 'V1_0' } },
    });
    const warnings = stack.node.findAll().flatMap((construct) => construct.node.metadata)
      .filter((entry) => entry.type === 'aws:cdk:warning').map((entry) => String(entry.data));
    expect(warnings.some((warning) => warning.includes('V1 pre token generation event'))).toBe(true);
  });

  test('applies hardening: reserved concurrency, memory, timeout and retention', () => {
    const { stack } = triggersStack({
      preSignUp: {},
      hardening: { reservedConcurrentExecutions: 5, memorySize: 512, timeout: Duration.seconds(3), logRetention: logs.RetentionDays.THREE_MONTHS },
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Function', { ReservedConcurrentExecutions: 5, MemorySize: 512, Timeout: 3 });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 90 });
  });
});
