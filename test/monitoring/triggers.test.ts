import { Match, Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { monitoredPool, widget } from './monitoring-fixtures';
import { EnterpriseUserPool } from '../../lib';
import { AuthMonitoring } from '../../lib/monitoring';
import { awsNagErrors } from '../support/nag';
import { testStack } from '../support/test-stack';

const TRIGGERS = { preSignUp: { allowedDomains: ['example.com'] }, preTokenGeneration: {} };

function functionAlarm(metricName: string, statistic: Record<string, string>, functionRef: RegExp) {
  return {
    Namespace: 'AWS/Lambda',
    MetricName: metricName,
    Dimensions: [{ Name: 'FunctionName', Value: { Ref: Match.stringLikeRegexp(functionRef.source) } }],
    Period: 300,
    ...statistic,
  };
}

describe('AuthMonitoring trigger health', () => {
  test('every bundled trigger gets error, throttle and p99 duration alarms', () => {
    const { template, monitor } = monitoredPool({}, { triggers: TRIGGERS });
    for (const name of ['PreSignUp', 'PreTokenGeneration']) {
      const ref = new RegExp(`^UsersTriggers${name}`);
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        ...functionAlarm('Errors', { Statistic: 'Sum' }, ref), Threshold: 0, ComparisonOperator: 'GreaterThanThreshold', EvaluationPeriods: 1,
      });
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        ...functionAlarm('Throttles', { Statistic: 'Sum' }, ref), Threshold: 0, ComparisonOperator: 'GreaterThanThreshold', EvaluationPeriods: 1,
      });
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        ...functionAlarm('Duration', { ExtendedStatistic: 'p99' }, ref),
        Threshold: 3000,
        ComparisonOperator: 'GreaterThanThreshold',
        EvaluationPeriods: 3,
        DatapointsToAlarm: 3,
      });
    }
    expect(Object.keys(monitor.triggerErrorAlarms)).toEqual(['PreSignUp', 'PreTokenGeneration']);
    expect(Object.keys(monitor.triggerThrottleAlarms)).toEqual(['PreSignUp', 'PreTokenGeneration']);
    expect(Object.keys(monitor.triggerDurationAlarms)).toEqual(['PreSignUp', 'PreTokenGeneration']);
    template.resourceCountIs('AWS::CloudWatch::Alarm', 5 + 2 * 3);
  });

  test('the dashboard plots each trigger\'s errors, throttles and p99 duration against Cognito\'s 5 seconds', () => {
    const { template } = monitoredPool({}, { triggers: TRIGGERS });
    const plotted = (title: string) => widget(template, title).properties.metrics!.map((metric) => [metric[1], metric[metric.length - 1]]);
    expect(plotted('Trigger errors')).toEqual([
      ['Errors', { label: 'PreSignUp', stat: 'Sum' }],
      ['Errors', { label: 'PreTokenGeneration', stat: 'Sum' }],
    ]);
    expect(plotted('Trigger throttles')).toEqual([
      ['Throttles', { label: 'PreSignUp', stat: 'Sum' }],
      ['Throttles', { label: 'PreTokenGeneration', stat: 'Sum' }],
    ]);
    expect(plotted('Trigger duration p99 (ms)')).toEqual([
      ['Duration', { label: 'PreSignUp', stat: 'p99' }],
      ['Duration', { label: 'PreTokenGeneration', stat: 'p99' }],
    ]);
    expect(widget(template, 'Trigger duration p99 (ms)').properties.annotations).toEqual({
      horizontal: [{ value: 5000, label: 'Cognito stops waiting', color: '#d62728', yAxis: 'left' }],
    });
  });

  test('the user\'s own functions are watched too, once each, named by construct id', () => {
    const stack = testStack();
    const users = new EnterpriseUserPool(stack, 'Users', { triggers: { preSignUp: { allowedDomains: ['example.com'] } } });
    const audit = lambda.Function.fromFunctionArn(stack, 'AuditTrigger', 'arn:aws:lambda:eu-west-1:123456789012:function:audit');
    const monitor = new AuthMonitoring(stack, 'Monitoring', {
      enterpriseUserPool: users,
      triggerFunctions: [audit, audit, users.triggers!.preSignUpFunction!],
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: 'audit' }],
    });
    expect(Object.keys(monitor.triggerErrorAlarms)).toEqual(['PreSignUp', 'AuditTrigger']);
    template.resourceCountIs('AWS::CloudWatch::Alarm', 5 + 2 * 3);
  });

  test('a function whose construct id matches an activity name gets a distinct alarm name', () => {
    const stack = testStack();
    const users = new EnterpriseUserPool(stack, 'Users');
    const signIn = lambda.Function.fromFunctionArn(stack, 'SignIn', 'arn:aws:lambda:eu-west-1:123456789012:function:sign-in');
    const monitor = new AuthMonitoring(stack, 'Monitoring', { enterpriseUserPool: users, triggerFunctions: [signIn] });
    expect(Object.keys(monitor.triggerErrorAlarms)).toEqual(['SignIn2']);
    expect(() => Template.fromStack(stack)).not.toThrow();
  });

  test('trigger alarms are overridable and can be turned off', () => {
    const { template, monitor } = monitoredPool({
      triggerErrorAlarm: { threshold: 5 },
      triggerThrottleAlarm: { enabled: false },
      triggerDurationAlarm: { threshold: 2000, evaluationPeriods: 2 },
    }, { triggers: { preSignUp: { allowedDomains: ['example.com'] } } });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Threshold: 5 });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Duration', Threshold: 2000, EvaluationPeriods: 2, DatapointsToAlarm: 2 });
    expect(Object.keys(template.findResources('AWS::CloudWatch::Alarm', { Properties: { MetricName: 'Throttles' } }))).toEqual([]);
    expect(monitor.triggerThrottleAlarms).toEqual({});
  });

  test('the four AWS nag packs find nothing with triggers watched', () => {
    expect(awsNagErrors(monitoredPool({}, { triggers: TRIGGERS }).stack)).toEqual([]);
  });
});
