import { INACTIVE_DAYS_PCI_RULE } from './inactive-days-pci';
import { INACTIVE_DISABLE_RATE_RULE } from './inactive-disable-rate';
import { INACTIVE_EXEMPT_GROUPS_RULE } from './inactive-exempt-groups';
import { LIFECYCLE_CONCURRENCY_RULE } from './lifecycle-concurrency';
import { LIFECYCLE_DAYS_RULE } from './lifecycle-days';
import { LIFECYCLE_REPORT_PREFIX_RULE } from './lifecycle-report-prefix';
import { LIFECYCLE_REQUEST_RATE_RULE } from './lifecycle-request-rate';
import { LIFECYCLE_SCHEDULE_RULE } from './lifecycle-schedule';
import { LifecycleSubject } from './lifecycle-subject';
import { SynthRule } from '../../private/validation/rule';

/** The synth-time rules of every job over the whole pool. */
export const LIFECYCLE_RULES: ReadonlyArray<SynthRule<LifecycleSubject>> = [
  LIFECYCLE_REQUEST_RATE_RULE,
  LIFECYCLE_CONCURRENCY_RULE,
  LIFECYCLE_DAYS_RULE,
  LIFECYCLE_SCHEDULE_RULE,
  LIFECYCLE_REPORT_PREFIX_RULE,
];

/** The rules of InactiveUserPolicy on top of LIFECYCLE_RULES. */
export const INACTIVE_USER_RULES: ReadonlyArray<SynthRule<LifecycleSubject>> = [
  ...LIFECYCLE_RULES,
  INACTIVE_DAYS_PCI_RULE,
  INACTIVE_DISABLE_RATE_RULE,
  INACTIVE_EXEMPT_GROUPS_RULE,
];
