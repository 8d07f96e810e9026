import * as cognito from 'aws-cdk-lib/aws-cognito';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { PoolSubject } from '../subjects';

export const THREAT_PROTECTION_PLAN_RULE: SynthRule<PoolSubject> = {
  id: 'CE-PLAN-THREAT-PROTECTION',
  appliesTo: 'user pool',
  statement: 'threat protection (advanced security) needs the PLUS feature plan',
  source: 'Cognito feature plans; FeatureUnavailableInTierException',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    if (props.featurePlan === cognito.FeaturePlan.PLUS) {
      return [];
    }
    const violations: Violation[] = [];
    const detail = `needs the PLUS feature plan (featurePlan is ${props.featurePlan})`;
    const standardMode = props.standardThreatProtectionMode;
    if (standardMode !== undefined && standardMode !== cognito.StandardThreatProtectionMode.NO_ENFORCEMENT) {
      violations.push({ prop: 'standardThreatProtectionMode', value: standardMode, detail });
    }
    if (props.customThreatProtectionMode !== undefined) {
      violations.push({ prop: 'customThreatProtectionMode', value: props.customThreatProtectionMode, detail });
    }
    if (props.advancedSecurityMode !== undefined && props.advancedSecurityMode !== cognito.AdvancedSecurityMode.OFF) {
      violations.push({ prop: 'advancedSecurityMode', value: props.advancedSecurityMode, detail });
    }
    return violations;
  },
};
