import { LifecycleSubject } from './lifecycle-subject';
import { wholeNumberOutside } from './whole-number-outside';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { LIFECYCLE_LIMITS } from '../lifecycle-defaults';

const { min, max } = LIFECYCLE_LIMITS.listRequestsPerSecond;

export const LIFECYCLE_REQUEST_RATE_RULE: SynthRule<LifecycleSubject> = {
  id: 'CE-LIFECYCLE-REQUEST-RATE',
  appliesTo: 'user analytics, inactive-user policy',
  statement: `listRequestsPerSecond must be a whole number between ${min} and ${max}, the UserList quota (ListUsers, ListUsersInGroup) the job shares with the app`,
  source: 'Amazon Cognito Developer Guide, Quotas in Amazon Cognito: UserList category, 30 requests per second, not adjustable',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => wholeNumberOutside('listRequestsPerSecond', props.listRequestsPerSecond, LIFECYCLE_LIMITS.listRequestsPerSecond),
};
