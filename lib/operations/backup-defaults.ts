import { Duration } from 'aws-cdk-lib';

/** Every default of UserPoolBackup besides the scan's (LIFECYCLE_DEFAULTS). */
export const USER_POOL_BACKUP_DEFAULTS = {
  // The restore path's default backupPrefix reads the same folder.
  backupPrefix: 'backups/',
  // Five weeks of daily runs: a problem noticed at the next monthly review can still be undone.
  // Each run's objects also stay 30 days as noncurrent versions after they expire.
  retention: Duration.days(35),
  // Every day at 02:00 UTC: 10 million users take about 5 hours at the default pace, so runs never overlap.
  schedule: 'cron(0 2 * * ? *)',
} as const;
