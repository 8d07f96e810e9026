import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { AuthAlarmOptions } from './auth-alarm-options';
import { AlarmDefaults } from './defaults';

/** One alarm to create: what it watches, its defaults and the user's overrides. */
export interface AuthAlarmSpec {
  readonly id: string;
  readonly metric: cloudwatch.IMetric;
  readonly defaults: AlarmDefaults;
  readonly options?: AuthAlarmOptions;
  readonly description: string;
  readonly topic: sns.ITopic;
}

/**
 * Creates an alarm that notifies the topic, or nothing when the user disabled it. Missing data
 * means no requests, which is not a failure.
 */
export function createAuthAlarm(scope: Construct, spec: AuthAlarmSpec): cloudwatch.Alarm | undefined {
  const { options, defaults } = spec;
  if (options?.enabled === false) {
    return undefined;
  }
  const evaluationPeriods = options?.evaluationPeriods ?? defaults.evaluationPeriods;
  const alarm = new cloudwatch.Alarm(scope, spec.id, {
    metric: spec.metric,
    threshold: options?.threshold ?? defaults.threshold,
    evaluationPeriods,
    datapointsToAlarm: options?.datapointsToAlarm ?? evaluationPeriods,
    comparisonOperator: defaults.comparisonOperator,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    alarmDescription: spec.description,
  });
  alarm.addAlarmAction(new actions.SnsAction(spec.topic));
  return alarm;
}
