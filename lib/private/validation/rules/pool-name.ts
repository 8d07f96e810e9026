import { knownString } from '../resolved';
import { RuleSeverity, SynthRule } from '../rule';
import { PoolSubject } from '../subjects';

const POOL_NAME = /^[\w\s+=,.@-]{1,128}$/u;

export const POOL_NAME_RULE: SynthRule<PoolSubject> = {
  id: 'CE-POOL-NAME',
  appliesTo: 'user pool',
  statement: 'a user pool name must be 1–128 characters of letters, digits, spaces and + = , . @ - _',
  source: 'CloudFormation AWS::Cognito::UserPool UserPoolName',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => (knownString(props.userPoolName) && !POOL_NAME.test(props.userPoolName)
    ? [{ prop: 'userPoolName', value: props.userPoolName }]
    : []),
};
