import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { MonitoringSubject } from '../monitoring-subject';

export const MONITORED_POOL_RULE: SynthRule<MonitoringSubject> = {
  id: 'CE-MONITORING-POOL',
  appliesTo: 'auth monitoring',
  statement: 'exactly one of enterpriseUserPool and userPool names the pool to monitor, and featurePlan may not contradict an EnterpriseUserPool\'s own plan',
  source: 'AuthMonitoringProps',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    if (props.enterpriseUserPool && props.userPool) {
      return [{ prop: 'enterpriseUserPool and userPool', value: 'both given' }];
    }
    if (!props.enterpriseUserPool && !props.userPool) {
      return [{ prop: 'enterpriseUserPool and userPool', value: 'neither given' }];
    }
    const poolPlan = props.enterpriseUserPool?.featurePlan;
    if (poolPlan !== undefined && props.featurePlan !== undefined && props.featurePlan !== poolPlan) {
      return [{ prop: 'featurePlan', value: props.featurePlan, detail: `the monitored EnterpriseUserPool runs on ${poolPlan}: leave featurePlan unset` }];
    }
    return [];
  },
};
