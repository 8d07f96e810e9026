import { LifecycleSubject } from './lifecycle-subject';
import { knownNumber } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';

export const INACTIVE_DAYS_PCI_RULE: SynthRule<LifecycleSubject> = {
  id: 'CE-INACTIVE-DAYS-PCI',
  appliesTo: 'inactive-user policy',
  statement: 'inactiveDays above 90 leaves inactive accounts enabled longer than PCI DSS allows',
  source: 'PCI DSS v4.0 requirement 8.2.6 (inactive user accounts are removed or disabled within 90 days)',
  severity: RuleSeverity.WARNING,
  check: ({ props, job }) => job === 'inactive-user policy' && knownNumber(props.inactiveDays) && props.inactiveDays > 90
    ? [{ prop: 'inactiveDays', value: props.inactiveDays }]
    : [],
};
