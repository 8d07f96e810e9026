import { Duration } from 'aws-cdk-lib';
import { BackupSubject } from './backup-subject';
import { isKnown } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { LIFECYCLE_DAY_LIMITS } from '../lifecycle-defaults';

const { min, max } = LIFECYCLE_DAY_LIMITS;

export const BACKUP_RETENTION_RULE: SynthRule<BackupSubject> = {
  id: 'CE-BACKUP-RETENTION',
  appliesTo: 'user-pool backup',
  statement: `retention must be whole days between ${min} and ${max}, and is ignored with your own bucket`,
  source: 'Amazon S3 lifecycle configuration Expiration Days',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const days = isKnown(props.retention) ? (props.retention as Duration).toDays({ integral: false }) : undefined;
    return days !== undefined && (!Number.isInteger(days) || days < min || days > max) ? [{ prop: 'retention', value: props.retention }] : [];
  },
};
