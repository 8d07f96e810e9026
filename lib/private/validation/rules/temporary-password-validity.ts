import { Duration } from 'aws-cdk-lib';
import { isKnown } from '../resolved';
import { RuleSeverity, SynthRule } from '../rule';
import { PoolSubject } from '../subjects';

export const TEMPORARY_PASSWORD_VALIDITY_RULE: SynthRule<PoolSubject> = {
  id: 'CE-PASSWORD-TEMPORARY-VALIDITY',
  appliesTo: 'user pool',
  statement: 'temporary passwords must be valid for a whole number of days between 0 and 365',
  source: 'CloudFormation AWS::Cognito::UserPool PasswordPolicy.TemporaryPasswordValidityDays',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const validity: Duration | undefined = props.passwordPolicy?.tempPasswordValidity;
    if (validity === undefined || !isKnown(validity)) {
      return [];
    }
    const days = validity.toHours() / 24;
    return !Number.isInteger(days) || days < 0 || days > 365
      ? [{ prop: 'passwordPolicy.tempPasswordValidity', value: validity }]
      : [];
  },
};
