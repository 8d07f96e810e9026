import { Token } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { MonitoringSubject } from '../monitoring-subject';

export const AUTH_EVENTS_PLAN_RULE: SynthRule<MonitoringSubject> = {
  id: 'CE-MONITORING-AUTH-EVENTS-PLAN',
  appliesTo: 'auth monitoring',
  statement: 'userAuthEvents logs come from threat protection, which needs the PLUS feature plan',
  source: 'AWS::Cognito::LogDeliveryConfiguration LogConfiguration EventSource',
  severity: RuleSeverity.ERROR,
  // A plan chosen at deploy time may be PLUS.
  check: ({ props, featurePlan }) => props.activityLogs?.userAuthEvents === true && featurePlan !== cognito.FeaturePlan.PLUS
    && !Token.isUnresolved(featurePlan)
    ? [{ prop: 'activityLogs.userAuthEvents', value: true, detail: `needs the PLUS feature plan (the pool is on ${featurePlan})` }]
    : [],
};
