import { BACKUP_PREFIX_RULE } from './backup-prefix';
import { BACKUP_RETENTION_RULE } from './backup-retention';
import { BackupSubject } from './backup-subject';
import { SynthRule } from '../../private/validation/rule';

/** The rules of UserPoolBackup on top of the scan's (LIFECYCLE_RULES). */
export const USER_POOL_BACKUP_RULES: ReadonlyArray<SynthRule<BackupSubject>> = [
  BACKUP_PREFIX_RULE,
  BACKUP_RETENTION_RULE,
];
