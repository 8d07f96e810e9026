import { RemovalPolicy } from 'aws-cdk-lib';
import { RuleSeverity, SynthRule } from '../rule';
import { PoolSubject } from '../subjects';

export const POOL_TEARDOWN_RULE: SynthRule<PoolSubject> = {
  id: 'CE-POOL-TEARDOWN',
  appliesTo: 'user pool',
  statement: 'a pool destroyed with its stack cannot be deletion-protected: CloudFormation fails to delete it and the stack deletion fails',
  source: 'Cognito API DeleteUserPool (DeletionProtection ACTIVE); CloudFormation AWS::Cognito::UserPool DeletionProtection',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => (props.removalPolicy === RemovalPolicy.DESTROY && props.deletionProtection === true
    ? [{ prop: 'deletionProtection', value: true, detail: 'removalPolicy is DESTROY, which deletion protection blocks: set deletionProtection: false, or keep removalPolicy RETAIN' }]
    : []),
};
