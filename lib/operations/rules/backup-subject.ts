import { UserPoolBackupProps } from '../user-pool-backup-props';

/** A UserPoolBackup's props as the user wrote them. */
export interface BackupSubject {
  readonly props: UserPoolBackupProps;
}
