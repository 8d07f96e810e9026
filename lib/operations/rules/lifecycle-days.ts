import { LifecycleSubject } from './lifecycle-subject';
import { wholeNumberOutside } from './whole-number-outside';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { LIFECYCLE_DAY_LIMITS } from '../lifecycle-defaults';

const { min, max } = LIFECYCLE_DAY_LIMITS;

export const LIFECYCLE_DAYS_RULE: SynthRule<LifecycleSubject> = {
  id: 'CE-LIFECYCLE-DAYS',
  appliesTo: 'user analytics, inactive-user policy',
  statement: `recentDays and inactiveDays must be whole numbers of days between ${min} and ${max}`,
  source: 'The workers compare whole days (INACTIVE_DAYS, RECENT_DAYS are parsed as integers 1–3650)',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => [
    ...wholeNumberOutside('recentDays', props.recentDays, LIFECYCLE_DAY_LIMITS),
    ...wholeNumberOutside('inactiveDays', props.inactiveDays, LIFECYCLE_DAY_LIMITS),
  ],
};
