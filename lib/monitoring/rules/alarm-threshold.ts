import { knownNumber } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule, Violation } from '../../private/validation/rule';
import { MonitoringSubject } from '../monitoring-subject';
import { alarmOptionsEntries } from './alarm-options';

export const ALARM_THRESHOLD_RULE: SynthRule<MonitoringSubject> = {
  id: 'CE-MONITORING-ALARM-THRESHOLD',
  appliesTo: 'auth monitoring',
  statement: 'alarm thresholds are not negative, and a success-rate threshold is a fraction above 0 and at most 1',
  source: 'Cognito user pool metrics: counts, and Average of a 0/1 success metric',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => alarmOptionsEntries(props).flatMap(({ prop, options, maxThreshold }): Violation[] => {
    const threshold = options.threshold;
    if (!knownNumber(threshold)) {
      return [];
    }
    if (maxThreshold === 1 && (threshold <= 0 || threshold > 1)) {
      return [{ prop: `${prop}.threshold`, value: threshold, detail: 'must be a fraction above 0 and at most 1 (0.5 means half of the requests succeed)' }];
    }
    return threshold < 0 ? [{ prop: `${prop}.threshold`, value: threshold, detail: 'must not be negative' }] : [];
  }),
};
