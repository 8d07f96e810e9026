import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { EnterpriseUserPool } from '../../lib';
import { AuthMonitoring } from '../../lib/monitoring';
import { testStack } from '../support/test-stack';

/** A pool monitored in one stack, its activity logs going to the log group `logGroup` makes there. */
function monitored(logGroup: (stack: Stack) => logs.ILogGroup): Stack {
  const stack = testStack();
  const users = new EnterpriseUserPool(stack, 'Users');
  new AuthMonitoring(stack, 'Monitoring', { enterpriseUserPool: users, activityLogs: { logGroup: logGroup(stack) } });
  return stack;
}

describe('CE-MONITORING-LOG-GROUP: a log group given for activity logs', () => {
  test('encrypted with KMS fails synth', () => {
    expect(() => monitored((stack) => new logs.LogGroup(stack, 'Activity', { encryptionKey: new kms.Key(stack, 'Key') }))).toThrow(
      /\[CE-MONITORING-LOG-GROUP\] TestStack\/Monitoring: activityLogs.logGroup is "TestStack\/Activity" — Cognito cannot deliver to a log group encrypted with KMS/,
    );
  });

  test('in another account fails synth', () => {
    const arn = 'arn:aws:logs:eu-west-1:210987654321:log-group:/aws/vendedlogs/cognito:*';
    expect(() => monitored((stack) => logs.LogGroup.fromLogGroupArn(stack, 'Activity', arn)))
      .toThrow(/activityLogs.logGroup is .* — must be in the pool's account 123456789012, not 210987654321/);
  });

  test('unencrypted in the pool\'s account is accepted', () => {
    expect(() => Template.fromStack(monitored((stack) => new logs.LogGroup(stack, 'Activity')))).not.toThrow();
  });
});
