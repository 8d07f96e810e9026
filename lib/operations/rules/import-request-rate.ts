import { ImportSubject } from './import-subject';
import { wholeNumberOutside } from './whole-number-outside';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { USER_IMPORT_LIMITS } from '../defaults';

const { min, max } = USER_IMPORT_LIMITS.maxRequestsPerSecond;

export const IMPORT_REQUEST_RATE_RULE: SynthRule<ImportSubject> = {
  id: 'CE-IMPORT-REQUEST-RATE',
  appliesTo: 'user import pipeline',
  statement: `maxRequestsPerSecond must be a whole number between ${min} and ${max}, the UserCreation quota the import shares with SignUp and ConfirmSignUp`,
  source: 'Amazon Cognito quotas: UserCreation category (AdminCreateUser, SignUp, ConfirmSignUp)',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => wholeNumberOutside('maxRequestsPerSecond', props.maxRequestsPerSecond, USER_IMPORT_LIMITS.maxRequestsPerSecond),
};
