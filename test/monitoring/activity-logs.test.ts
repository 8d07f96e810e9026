import { RemovalPolicy } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as logs from 'aws-cdk-lib/aws-logs';
import { monitoredImportedPool, monitoredPool } from './monitoring-fixtures';
import { awsNagErrors } from '../support/nag';

// Cognito rejects the `:*` suffix of the log group's Arn attribute, so the bare ARN is built from its name.
const TO_LOG_GROUP = {
  CloudWatchLogsConfiguration: {
    LogGroupArn: {
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':logs:eu-west-1:123456789012:log-group:', { Ref: Match.stringLikeRegexp('^MonitoringActivityLogsLogGroup') }]],
    },
  },
};

describe('AuthMonitoring activity logs', () => {
  test('off unless asked for', () => {
    const { template, monitor } = monitoredPool();
    template.resourceCountIs('AWS::Cognito::LogDeliveryConfiguration', 0);
    template.resourceCountIs('AWS::Logs::LogGroup', 0);
    expect(monitor.logDeliveryConfiguration).toBeUndefined();
  });

  test('on PLUS, notification errors and threat-protection events go to a retained vendedlogs group kept one year', () => {
    const { template, monitor } = monitoredPool({ activityLogs: {} });
    template.hasResourceProperties('AWS::Cognito::LogDeliveryConfiguration', {
      UserPoolId: { Ref: 'UsersUserPool7E610616' },
      LogConfigurations: [
        { EventSource: 'userNotification', LogLevel: 'ERROR', ...TO_LOG_GROUP },
        { EventSource: 'userAuthEvents', LogLevel: 'INFO', ...TO_LOG_GROUP },
      ],
    });
    template.hasResource('AWS::Logs::LogGroup', {
      Properties: {
        // The stack id's last segment keeps the name free when the stack is recreated beside a retained group.
        LogGroupName: {
          'Fn::Join': ['', [
            Match.stringLikeRegexp('^/aws/vendedlogs/cognito/TestStack-Monitoring-ActivityLogs-.*-$'),
            { 'Fn::Select': [2, { 'Fn::Split': ['/', { Ref: 'AWS::StackId' }] }] },
          ]],
        },
        RetentionInDays: 365,
      },
      DeletionPolicy: 'Retain',
    });
    // Cognito refuses log groups encrypted with a KMS key.
    expect(JSON.stringify(template.findResources('AWS::Logs::LogGroup'))).not.toContain('KmsKeyId');
    expect(monitor.activityLogGroup).toBeDefined();
  });

  test('below PLUS, only notification errors', () => {
    const { template } = monitoredImportedPool({ activityLogs: {} });
    template.hasResourceProperties('AWS::Cognito::LogDeliveryConfiguration', {
      UserPoolId: 'eu-west-1_Example',
      LogConfigurations: [{ EventSource: 'userNotification', LogLevel: 'ERROR', ...TO_LOG_GROUP }],
    });
  });

  test('threat-protection events alone, with the user\'s retention and removal policy', () => {
    const { template } = monitoredPool({
      activityLogs: { userNotification: false, retention: logs.RetentionDays.TWO_YEARS, removalPolicy: RemovalPolicy.DESTROY },
    });
    template.hasResourceProperties('AWS::Cognito::LogDeliveryConfiguration', {
      LogConfigurations: [{ EventSource: 'userAuthEvents', LogLevel: 'INFO', ...TO_LOG_GROUP }],
    });
    template.hasResource('AWS::Logs::LogGroup', { Properties: Match.objectLike({ RetentionInDays: 731 }), DeletionPolicy: 'Delete' });
  });

  test('the user\'s log group receives the logs and no group is created', () => {
    const { template } = monitoredImportedPool({
      featurePlan: cognito.FeaturePlan.LITE,
      // An imported group's ARN ends in `:*`, as the L2 reports it.
      activityLogs: { logGroup: { logGroupName: '/aws/vendedlogs/auth', logGroupArn: 'arn:aws:logs:eu-west-1:123456789012:log-group:/aws/vendedlogs/auth:*' } as logs.ILogGroup },
    });
    template.resourceCountIs('AWS::Logs::LogGroup', 0);
    template.hasResourceProperties('AWS::Cognito::LogDeliveryConfiguration', {
      LogConfigurations: [{
        EventSource: 'userNotification',
        LogLevel: 'ERROR',
        CloudWatchLogsConfiguration: {
          LogGroupArn: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':logs:eu-west-1:123456789012:log-group:/aws/vendedlogs/auth']] },
        },
      }],
    });
  });

  test('the four AWS nag packs find nothing: the KMS-encryption rules are acknowledged because Cognito refuses such groups', () => {
    const { stack } = monitoredPool({ activityLogs: {} });
    expect(awsNagErrors(stack)).toEqual([]);
  });
});
