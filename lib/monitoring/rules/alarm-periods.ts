import { knownNumber } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule, Violation } from '../../private/validation/rule';
import { MonitoringSubject } from '../monitoring-subject';
import { alarmOptionsEntries } from './alarm-options';

export const ALARM_PERIODS_RULE: SynthRule<MonitoringSubject> = {
  id: 'CE-MONITORING-ALARM-PERIODS',
  appliesTo: 'auth monitoring',
  statement: 'evaluationPeriods is a whole number from 1 to 36 for Cognito alarms (Metrics Insights evaluates the latest 3 hours) '
    + 'or to 288 for trigger alarms (one day of 5-minute periods), and datapointsToAlarm lies between 1 and evaluationPeriods',
  source: 'CloudWatch PutMetricAlarm EvaluationPeriods and DatapointsToAlarm; Metrics Insights quotas',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => alarmOptionsEntries(props).flatMap(({ prop, options, maxEvaluationPeriods, defaults }): Violation[] => {
    const violations: Violation[] = [];
    const periods = options.evaluationPeriods;
    if (knownNumber(periods) && (!Number.isInteger(periods) || periods < 1 || periods > maxEvaluationPeriods)) {
      violations.push({ prop: `${prop}.evaluationPeriods`, value: periods, detail: `must be a whole number from 1 to ${maxEvaluationPeriods}` });
    }
    const datapoints = options.datapointsToAlarm;
    // Datapoints are counted within the evaluation periods the alarm will actually have.
    const upper = knownNumber(periods) ? periods : defaults.evaluationPeriods;
    if (knownNumber(datapoints) && (!Number.isInteger(datapoints) || datapoints < 1 || datapoints > upper)) {
      violations.push({ prop: `${prop}.datapointsToAlarm`, value: datapoints, detail: `must be a whole number from 1 to evaluationPeriods (${upper})` });
    }
    return violations;
  }),
};
