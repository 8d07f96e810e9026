import { Token } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import { RuleSeverity, SynthRule, Violation } from '../../private/validation/rule';
import { MonitoringSubject } from '../monitoring-subject';

export const ACTIVITY_LOG_GROUP_RULE: SynthRule<MonitoringSubject> = {
  id: 'CE-MONITORING-LOG-GROUP',
  appliesTo: 'auth monitoring',
  statement: 'a log group given for activity logs is not encrypted with a KMS key and is in the same account as the user pool',
  source: 'Cognito API CloudWatchLogsConfigurationType LogGroupArn',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const logGroup = props.activityLogs?.logGroup;
    if (logGroup === undefined) {
      return [];
    }
    const violations: Violation[] = [];
    // A log group may be any object with the ILogGroup shape: read its construct facts only if it has them.
    const resource = logGroup.node?.defaultChild;
    if (resource instanceof logs.CfnLogGroup && resource.kmsKeyId !== undefined) {
      violations.push({ prop: 'activityLogs.logGroup', value: logGroup.node.path, detail: 'Cognito cannot deliver to a log group encrypted with KMS: give one without encryptionKey' });
    }
    const pool = props.enterpriseUserPool?.userPool ?? props.userPool;
    const [logAccount, poolAccount] = [logGroup.env?.account, pool?.env?.account];
    const known = (account: string | undefined): account is string => account !== undefined && !Token.isUnresolved(account);
    if (known(poolAccount) && known(logAccount) && logAccount !== poolAccount) {
      violations.push({ prop: 'activityLogs.logGroup', value: logGroup.logGroupArn, detail: `must be in the pool's account ${poolAccount}, not ${logAccount}` });
    }
    return violations;
  },
};
