import { Match, Template } from 'aws-cdk-lib/assertions';
import * as sns from 'aws-cdk-lib/aws-sns';
import { alarmQuery, monitoredPool } from './monitoring-fixtures';
import { EnterpriseUserPool } from '../../lib';
import { AuthMonitoring } from '../../lib/monitoring';
import { awsNagErrors } from '../support/nag';
import { testStack } from '../support/test-stack';

const ACTIVITY = 'UserPool, UserPoolClient';

function queryAlarm(select: string, schema: string) {
  return { Metrics: [Match.objectLike({ Expression: alarmQuery(select, schema), Period: 300, ReturnData: true })] };
}

describe('AuthMonitoring alarms on Cognito metrics', () => {
  test.each([
    ['SignUp', ACTIVITY],
    ['SignIn', ACTIVITY],
    ['TokenRefresh', ACTIVITY],
    ['Federation', 'IdentityProvider, UserPool, UserPoolClient'],
  ])('%s throttles: any throttle in one 5-minute period over all clients', (activity, schema) => {
    monitoredPool().template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ...queryAlarm(`SUM(${activity}Throttles)`, schema),
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      EvaluationPeriods: 1,
      DatapointsToAlarm: 1,
      TreatMissingData: 'notBreaching',
    });
  });

  test('sign-in success rate: Average below 0.5 for three periods in a row', () => {
    monitoredPool().template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ...queryAlarm('AVG(SignInSuccesses)', ACTIVITY),
      Threshold: 0.5,
      ComparisonOperator: 'LessThanThreshold',
      EvaluationPeriods: 3,
      DatapointsToAlarm: 3,
      TreatMissingData: 'notBreaching',
    });
  });

  test('the alarms are exposed by kind', () => {
    const { monitor } = monitoredPool();
    expect(Object.keys(monitor.throttleAlarms)).toEqual(['SignUp', 'SignIn', 'TokenRefresh', 'Federation']);
    expect(monitor.signInSuccessRateAlarm).toBeDefined();
    expect(monitor.alarms).toHaveLength(5);
  });

  test('without a topic, alarms notify a new topic encrypted with a rotating key that refuses plain HTTP', () => {
    const { template, monitor } = monitoredPool();
    template.resourceCountIs('AWS::SNS::Topic', 1);
    template.resourceCountIs('AWS::CloudWatch::Alarm', 5);
    template.allResourcesProperties('AWS::CloudWatch::Alarm', { AlarmActions: [{ Ref: Match.stringLikeRegexp('^MonitoringAlarmTopic') }] });
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^MonitoringAlarmTopicKey'), 'Arn'] } });
    template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([Match.objectLike({
          Principal: { Service: 'cloudwatch.amazonaws.com' },
          Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } },
        })]),
      },
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
    expect(monitor.alarmTopic).toBeInstanceOf(sns.Topic);
  });

  test('with the user\'s topic, every alarm notifies it and no topic is created', () => {
    const stack = testStack();
    const users = new EnterpriseUserPool(stack, 'Users');
    const topic = sns.Topic.fromTopicArn(stack, 'Ops', 'arn:aws:sns:eu-west-1:123456789012:ops');
    const monitor = new AuthMonitoring(stack, 'Monitoring', { enterpriseUserPool: users, alarmTopic: topic });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::SNS::Topic', 0);
    template.resourceCountIs('AWS::KMS::Key', 0);
    template.allResourcesProperties('AWS::CloudWatch::Alarm', { AlarmActions: ['arn:aws:sns:eu-west-1:123456789012:ops'] });
    expect(monitor.alarmTopic).toBe(topic);
  });

  test('thresholds and periods are overridable', () => {
    const { template } = monitoredPool({
      throttleAlarm: { threshold: 10, evaluationPeriods: 3, datapointsToAlarm: 2 },
      signInSuccessRateAlarm: { threshold: 0.8, evaluationPeriods: 6 },
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ...queryAlarm('SUM(SignInThrottles)', ACTIVITY), Threshold: 10, EvaluationPeriods: 3, DatapointsToAlarm: 2,
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ...queryAlarm('AVG(SignInSuccesses)', ACTIVITY), Threshold: 0.8, EvaluationPeriods: 6, DatapointsToAlarm: 6,
    });
  });

  test('each kind of alarm can be turned off', () => {
    const { template, monitor } = monitoredPool({ throttleAlarm: { enabled: false }, signInSuccessRateAlarm: { enabled: false } });
    template.resourceCountIs('AWS::CloudWatch::Alarm', 0);
    expect(monitor.throttleAlarms).toEqual({});
    expect(monitor.signInSuccessRateAlarm).toBeUndefined();
    expect(awsNagErrors(monitor)).toEqual([]);
  });
});
