import { RemovalPolicy } from 'aws-cdk-lib';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { PoolSubject } from '../subjects';

const PRODUCTION_NAME = /(^|[^a-z])(prod|production|prd|live)([^a-z]|$)/i;

export const POOL_RETENTION_RULE: SynthRule<PoolSubject> = {
  id: 'CE-POOL-RETENTION',
  appliesTo: 'user pool',
  statement: 'a pool in a production stack should be retained and deletion-protected: deleting it deletes every user',
  source: 'CloudFormation DeletionPolicy; AWS::Cognito::UserPool DeletionProtection',
  severity: RuleSeverity.WARNING,
  check: ({ props, stackName }) => {
    if (!PRODUCTION_NAME.test(stackName)) {
      return [];
    }
    const violations: Violation[] = [];
    if (props.removalPolicy !== undefined && props.removalPolicy !== RemovalPolicy.RETAIN) {
      violations.push({ prop: 'removalPolicy', value: props.removalPolicy });
    }
    if (props.deletionProtection === false) {
      violations.push({ prop: 'deletionProtection', value: false });
    }
    return violations;
  },
};
