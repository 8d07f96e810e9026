import { outsideRange } from '../checks';
import { RuleSeverity, SynthRule } from '../rule';
import { PoolSubject } from '../subjects';

export const PASSWORD_LENGTH_RULE: SynthRule<PoolSubject> = {
  id: 'CE-PASSWORD-LENGTH',
  appliesTo: 'user pool',
  statement: 'the minimum password length must be between 6 and 99',
  source: 'CloudFormation AWS::Cognito::UserPool PasswordPolicy.MinimumLength',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => outsideRange('passwordPolicy.minLength', props.passwordPolicy?.minLength, 6, 99),
};
