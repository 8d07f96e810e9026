import { LifecycleSubject } from './lifecycle-subject';
import { wholeNumberOutside } from './whole-number-outside';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { DISABLE_RATE_LIMITS } from '../lifecycle-defaults';

export const INACTIVE_DISABLE_RATE_RULE: SynthRule<LifecycleSubject> = {
  id: 'CE-INACTIVE-DISABLE-RATE',
  appliesTo: 'inactive-user policy',
  statement: `disableRequestsPerSecond must be a whole number between ${DISABLE_RATE_LIMITS.min} and ${DISABLE_RATE_LIMITS.max}, the UserUpdate quota AdminDisableUser shares with the app's profile updates`,
  source: 'Amazon Cognito Developer Guide, Quotas in Amazon Cognito: UserUpdate category, 25 requests per second, not adjustable',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => wholeNumberOutside('disableRequestsPerSecond', props.disableRequestsPerSecond, DISABLE_RATE_LIMITS),
};
