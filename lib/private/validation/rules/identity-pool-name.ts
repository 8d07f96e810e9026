import { knownString } from '../resolved';
import { RuleSeverity, SynthRule } from '../rule';
import { IdentityPoolSubject } from '../subjects';

const IDENTITY_POOL_NAME = /^[\w\s+=,.@-]{1,128}$/u;

export const IDENTITY_POOL_NAME_RULE: SynthRule<IdentityPoolSubject> = {
  id: 'CE-IDENTITY-POOL-NAME',
  appliesTo: 'identity pool',
  statement: 'an identity pool name is 1–128 characters of letters, digits, spaces and + = , . @ - _',
  source: 'CloudFormation AWS::Cognito::IdentityPool IdentityPoolName',
  severity: RuleSeverity.ERROR,
  check: ({ identityPoolName }) => (knownString(identityPoolName) && !IDENTITY_POOL_NAME.test(identityPoolName)
    ? [{ prop: 'identityPoolName', value: identityPoolName }]
    : []),
};
