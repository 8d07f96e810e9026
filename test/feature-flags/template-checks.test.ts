import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { templateDifference } from '../support/template-difference';
import { wildcardResourceActions } from '../support/wildcard-statements';

// The checks the feature-flag suite relies on, each shown to find what it looks for.
describe('templateDifference', () => {
  const before = {
    Resources: {
      Kept: { Type: 'AWS::SNS::Topic', Properties: { TopicName: 'a' } },
      Changed: { Type: 'AWS::IAM::Policy', Properties: { PolicyDocument: { Statement: [{ Action: ['b', 'a'], Resource: 'x' }, { Action: 'c' }] } } },
      Gone: { Type: 'AWS::SQS::Queue' },
    },
    Outputs: { Arn: { Value: 'x' } },
  };

  test('names changed paths, arrays that changed length, added and removed entries', () => {
    const after = {
      Resources: {
        Kept: before.Resources.Kept,
        Changed: { Type: 'AWS::IAM::Policy', Properties: { PolicyDocument: { Statement: [{ Action: ['a', 'b'], Resource: 'x', Sid: 's' }] } } },
        New: { Type: 'AWS::Logs::LogGroup' },
      },
      Outputs: { Arn: { Value: 'y' } },
    };
    expect(templateDifference(before, after)).toEqual({
      'Resources.Changed': ['Properties.PolicyDocument.Statement (2 → 1 items)'],
      'Resources.Gone': ['removed AWS::SQS::Queue'],
      'Resources.New': ['added AWS::Logs::LogGroup'],
      'Outputs.Arn': ['Value'],
    });
  });

  test('is empty for identical templates', () => {
    expect(templateDifference(before, JSON.parse(JSON.stringify(before)))).toEqual({});
  });
});

describe('wildcardResourceActions', () => {
  const policy = (statements: unknown[]) => ({ Resources: { Policy: { Type: 'AWS::IAM::Policy', Properties: { PolicyDocument: { Statement: statements } } } } });

  test('lists each action on Resource "*", in identity, inline and resource policies', () => {
    const template = {
      Resources: {
        Role: {
          Type: 'AWS::IAM::Role',
          Properties: { Policies: [{ PolicyDocument: { Statement: [{ Effect: 'Allow', Action: ['xray:PutTraceSegments'], Resource: ['*'] }] } }] },
        },
        Key: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: { Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }] } } },
        Scoped: { Type: 'AWS::IAM::Policy', Properties: { PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] } } },
        Deny: { Type: 'AWS::IAM::Policy', Properties: { PolicyDocument: { Statement: [{ Effect: 'Deny', NotAction: 'iam:Get*', Resource: '*' }] } } },
      },
    };
    expect(wildcardResourceActions(template)).toEqual(['Deny Deny not iam:Get*', 'Key Allow kms:*', 'Role Allow xray:PutTraceSegments']);
  });

  test('does not change when statements are merged', () => {
    const split = policy([{ Effect: 'Allow', Action: 'a:One', Resource: '*' }, { Effect: 'Allow', Action: 'a:Two', Resource: '*' }]);
    const merged = policy([{ Effect: 'Allow', Action: ['a:Two', 'a:One'], Resource: '*' }]);
    expect(wildcardResourceActions(merged)).toEqual(wildcardResourceActions(split));
  });
});

describe('the dependency-cycle check of aws-cdk-lib assertions', () => {
  test('refuses the trigger ↔ pool cycle of a role policy naming the pool (aws-cdk#7016)', () => {
    const stack = new Stack();
    const trigger = new lambda.Function(stack, 'Trigger', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = e => e') });
    const pool = new cognito.UserPool(stack, 'Pool', { lambdaTriggers: { preSignUp: trigger } });
    trigger.addToRolePolicy(new iam.PolicyStatement({ actions: ['cognito-idp:AdminAddUserToGroup'], resources: [pool.userPoolArn] }));
    const template = Template.fromStack(stack, { skipCyclicalDependenciesCheck: true }).toJSON();
    expect(() => Template.fromJSON(template)).toThrow(/dependency cycle/);
  });
});
