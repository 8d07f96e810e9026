import * as cognito from 'aws-cdk-lib/aws-cognito';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { MonitoringSubject } from '../monitoring-subject';

export const LOG_SOURCES_RULE: SynthRule<MonitoringSubject> = {
  id: 'CE-MONITORING-LOG-SOURCES',
  appliesTo: 'auth monitoring',
  statement: 'activityLogs exports at least one of userNotification and userAuthEvents (the latter defaults to on only on PLUS)',
  source: 'AWS::Cognito::LogDeliveryConfiguration LogConfigurations',
  severity: RuleSeverity.ERROR,
  check: ({ props, featurePlan }) => {
    const logs = props.activityLogs;
    const userAuthEvents = logs?.userAuthEvents ?? featurePlan === cognito.FeaturePlan.PLUS;
    return logs && logs.userNotification === false && !userAuthEvents
      ? [{ prop: 'activityLogs', value: { userNotification: false, userAuthEvents } }]
      : [];
  },
};
