import { LifecycleSubject } from './lifecycle-subject';
import { wholeNumberOutside } from './whole-number-outside';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { LIFECYCLE_LIMITS } from '../lifecycle-defaults';

const { min, max } = LIFECYCLE_LIMITS.maxConcurrency;

export const LIFECYCLE_CONCURRENCY_RULE: SynthRule<LifecycleSubject> = {
  id: 'CE-LIFECYCLE-CONCURRENCY',
  appliesTo: 'user analytics, inactive-user policy',
  statement: `maxConcurrency must be a whole number between ${min} and ${max}: beyond the UserList quota's 30 calls per second more partitions only wait longer`,
  source: 'Amazon Cognito Developer Guide, Quotas in Amazon Cognito: UserList category; Step Functions Distributed Map MaxConcurrency',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => wholeNumberOutside('maxConcurrency', props.maxConcurrency, LIFECYCLE_LIMITS.maxConcurrency),
};
