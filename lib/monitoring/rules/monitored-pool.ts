import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { MonitoringSubject } from '../monitoring-subject';

export const MONITORED_POOL_RULE: SynthRule<MonitoringSubject> = {
  id: 'CE-MONITORING-POOL',
  appliesTo: 'auth monitoring',
  statement: 'exactly one of enterpriseUserPool and userPool names the pool to monitor',
  source: 'AuthMonitoringProps',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    if (props.enterpriseUserPool && props.userPool) {
      return [{ prop: 'enterpriseUserPool and userPool', value: 'both given' }];
    }
    if (!props.enterpriseUserPool && !props.userPool) {
      return [{ prop: 'enterpriseUserPool and userPool', value: 'neither given' }];
    }
    return [];
  },
};
