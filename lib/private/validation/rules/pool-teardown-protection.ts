import { RemovalPolicy } from 'aws-cdk-lib';
import { RuleSeverity, SynthRule } from '../rule';
import { PoolSubject } from '../subjects';

export const POOL_TEARDOWN_PROTECTION_RULE: SynthRule<PoolSubject> = {
  id: 'CE-POOL-TEARDOWN-PROTECTION-OFF',
  appliesTo: 'user pool',
  statement: 'removalPolicy DESTROY without deletionProtection turns the default deletion protection off, so deleting the stack deletes the pool and its users',
  source: 'CloudFormation AWS::Cognito::UserPool DeletionProtection; this library\'s defaults',
  severity: RuleSeverity.INFO,
  check: ({ props, given }) => (props.removalPolicy === RemovalPolicy.DESTROY && given !== undefined && given.deletionProtection === undefined
    ? [{ prop: 'deletionProtection', value: false }]
    : []),
};
