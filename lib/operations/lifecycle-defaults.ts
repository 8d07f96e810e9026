import { Duration } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';

/**
 * Defaults shared by the jobs built on the partitioned scan (UserAnalytics, InactiveUserPolicy,
 * UserPoolBackup). Cognito's request-rate quotas are per account and Region and shared with real
 * traffic (Amazon Cognito Developer Guide, "Quotas in Amazon Cognito", operation categories):
 * ListUsers and ListUsersInGroup are in UserList, 30 requests per second, not adjustable;
 * AdminDisableUser and AdminEnableUser in UserUpdate, 25 per second, not adjustable.
 */
export const LIFECYCLE_DEFAULTS = {
  // A third of UserList: admin consoles and the app's own user searches keep the rest.
  listRequestsPerSecond: 10,
  // Four partitions at a time, each worker calling every 400 ms: 600 users a second, 10 million in under 5 hours.
  maxConcurrency: 4,
  // Standard child executions have no 5-minute limit: a step may use the whole invocation.
  workerTimeout: Duration.minutes(2),
  workerMemorySize: 256,
  logRetention: logs.RetentionDays.ONE_YEAR,
  // Exponential backoff with full jitter, so throttled partitions do not retry in lockstep.
  retry: { interval: Duration.seconds(2), backoffRate: 2, maxAttempts: 6, maxDelay: Duration.minutes(1) },
  // Under the report prefix: Step Functions writes each run's map results here for the aggregate step.
  mapResultsFolder: 'map-results/',
  reportPrefix: 'reports/',
  reportRetention: Duration.days(400),
  accessLogRetention: Duration.days(365),
  // Sunday 03:00 UTC, away from most business-hours traffic.
  schedule: 'cron(0 3 ? * SUN *)',
} as const;

/** Limits the scan options' rules enforce. */
export const LIFECYCLE_LIMITS = {
  // The UserList quota of the whole account (not adjustable).
  listRequestsPerSecond: { min: 1, max: 30 },
  // Step Functions allows more, but beyond the quota more workers only wait longer.
  maxConcurrency: { min: 1, max: 30 },
} as const;

/** Every default of UserAnalytics besides the scan's. */
export const USER_ANALYTICS_DEFAULTS = {
  recentDays: 30,
  inactiveDays: 90,
  metricNamespace: 'CdkCognitoEnterprise/Users',
} as const;

/** Every default of InactiveUserPolicy besides the scan's. */
export const INACTIVE_USER_DEFAULTS = {
  // PCI DSS v4.0 requirement 8.2.6: inactive user accounts are removed or disabled within 90 days.
  inactiveDays: 90,
  // Report-only until the deployer opts in, so the first runs show what enforcement would do.
  enforce: false,
  // A fifth of UserUpdate (AdminDisableUser, AdminEnableUser, AdminUpdateUserAttributes…: 25 per second, not adjustable).
  disableRequestsPerSecond: 5,
} as const;

/** Limits of the job options (whole days, as S3 lifecycle rules and the reports count them). */
export const LIFECYCLE_DAY_LIMITS = { min: 1, max: 3650 } as const;
/** The UserUpdate quota of the whole account (not adjustable). */
export const DISABLE_RATE_LIMITS = { min: 1, max: 25 } as const;
