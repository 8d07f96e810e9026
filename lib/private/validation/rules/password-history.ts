import { outsideRange } from '../checks';
import { knownNumber } from '../resolved';
import { RuleSeverity, SynthRule } from '../rule';
import { isEssentialsOrPlus, PoolSubject } from '../subjects';

export const PASSWORD_HISTORY_RULE: SynthRule<PoolSubject> = {
  id: 'CE-PASSWORD-HISTORY',
  appliesTo: 'user pool',
  statement: 'password history keeps 0–24 previous passwords and needs the ESSENTIALS or PLUS feature plan',
  source: 'CloudFormation AWS::Cognito::UserPool PasswordPolicy.PasswordHistorySize; Cognito feature plans',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const size = props.passwordPolicy?.passwordHistorySize;
    const range = outsideRange('passwordPolicy.passwordHistorySize', size, 0, 24);
    if (range.length > 0) {
      return range;
    }
    return knownNumber(size) && size > 0 && !isEssentialsOrPlus(props.featurePlan)
      ? [{ prop: 'passwordPolicy.passwordHistorySize', value: size, detail: `needs the ESSENTIALS or PLUS feature plan (featurePlan is ${props.featurePlan})` }]
      : [];
  },
};
