import { BackupSubject } from './backup-subject';
import { knownString } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';

// The prefix ends up in IAM resource ARNs, a lifecycle filter and the restore's Choice-state pattern.
const PREFIX = /^[^/*?\\][^*?\\]{0,510}\/$/;

export const BACKUP_PREFIX_RULE: SynthRule<BackupSubject> = {
  id: 'CE-BACKUP-PREFIX',
  appliesTo: 'user-pool backup',
  statement: 'backupPrefix must be a folder of 1–512 characters ending in "/", not starting with "/", without * ? or \\',
  source: 'Amazon S3 object keys (at most 1024 bytes); S3 lifecycle rule prefix filter; IAM resource ARNs',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => (knownString(props.backupPrefix) && !PREFIX.test(props.backupPrefix) ? [{ prop: 'backupPrefix', value: props.backupPrefix }] : []),
};
