import { knownNumber } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { COGNITO_TRIGGER_TIMEOUT_MS } from '../defaults';
import { MonitoringSubject } from '../monitoring-subject';

export const TRIGGER_DURATION_RULE: SynthRule<MonitoringSubject> = {
  id: 'CE-MONITORING-TRIGGER-DURATION',
  appliesTo: 'auth monitoring',
  statement: `a trigger duration threshold below Cognito's ${COGNITO_TRIGGER_TIMEOUT_MS} ms wait warns before requests fail; at or above it the alarm fires only after they have`,
  source: 'Cognito Lambda triggers: Cognito waits 5 seconds for a response',
  severity: RuleSeverity.WARNING,
  check: ({ props }) => {
    const threshold = props.triggerDurationAlarm?.threshold;
    return props.triggerDurationAlarm?.enabled !== false && knownNumber(threshold) && threshold >= COGNITO_TRIGGER_TIMEOUT_MS
      ? [{ prop: 'triggerDurationAlarm.threshold', value: threshold }]
      : [];
  },
};
