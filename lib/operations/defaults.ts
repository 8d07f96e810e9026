import { Duration } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import { STANDARD_IMPORT_ATTRIBUTES, VERIFICATION_ATTRIBUTES } from '../private/operations-environment';

/**
 * The one Retry of a row (or batch). Its worst case — five attempts of a full worker timeout plus
 * four capped delays — must stay within the 5 minutes an Express child execution may run.
 */
const RETRY = { interval: Duration.seconds(2), backoffRate: 2, maxAttempts: 4, maxDelay: Duration.seconds(30) } as const;
// 5 × 50 s + (2 + 4 + 8 + 16) s = 280 s, which leaves the map run 20 s of its own.
const WORKER_TIMEOUT = Duration.seconds(50);

/** Every default of UserImportPipeline in one place. */
export const USER_IMPORT_DEFAULTS = {
  inputPrefix: 'imports/',
  reportPrefix: 'reports/',
  // Where UserPoolBackup writes its runs by default, so a run copied from its bucket keeps its key.
  backupPrefix: 'backups/',
  // Under the report prefix: the plans hold rows too, and expire with the reports.
  planFolder: 'plans/',
  // Each worker is a Lambda invocation drawn from the account's unreserved concurrency, which the
  // sign-in triggers share; five leave them room.
  maxConcurrency: 5,
  // AdminCreateUser counts against the UserCreation quota (50 per second per account) together with
  // SignUp and ConfirmSignUp, and shows in the SignUp metrics as client `Admin`: an import takes a
  // fifth of it and leaves the rest to real sign-ups.
  maxRequestsPerSecond: 10,
  maxRowsPerBatch: 1,
  // The verification flags are left out: with them, a row could re-point a user's email or phone
  // and mark it verified, so that a password reset goes to whoever controls the new address.
  allowedAttributes: STANDARD_IMPORT_ATTRIBUTES.filter((name) => !VERIFICATION_ATTRIBUTES.includes(name)),
  // Imported users are usually migrated or pre-provisioned; they are told through the product.
  sendInvitations: false,
  // A few rows whose invocation fails after every retry should not discard a large run: their
  // children are listed in the report and the file can simply be run again.
  toleratedFailurePercentage: 5,
  // The CSV files and reports name users: kept long enough to check a run, then expired.
  inputRetention: Duration.days(30),
  reportRetention: Duration.days(90),
  // Operators upload files and download reports that name users: every request is logged, and the
  // logs are kept a year, as long as the pipeline's log groups (and the year PCI DSS 10.7 asks for).
  serverAccessLogs: true,
  accessLogRetention: Duration.days(365),
  workerTimeout: WORKER_TIMEOUT,
  workerMemorySize: 256,
  logRetention: logs.RetentionDays.ONE_YEAR,
  // Exponential backoff with full jitter, so throttled workers do not retry in lockstep.
  retry: RETRY,
} as const;

/** Limits the rules enforce. */
export const USER_IMPORT_LIMITS = {
  // Workers share the account's unreserved Lambda concurrency with the sign-in triggers, whose
  // throttled invocations Cognito does not retry; fifty already exceeds the Cognito quotas.
  maxConcurrency: { min: 1, max: 50 },
  // The UserCreation quota of the whole account.
  maxRequestsPerSecond: { min: 1, max: 50 },
  // Larger batches save little; the worker's time budget bounds them further (CE-IMPORT-WORKER-TIME).
  maxRowsPerBatch: { min: 1, max: 100 },
  toleratedFailurePercentage: { min: 0, max: 100 },
  // S3 keys are at most 1024 bytes; the prefix must leave room for file names.
  prefixLength: { min: 1, max: 512 },
  // S3 lifecycle rules expire objects after whole days.
  retentionDays: { min: 1, max: 3650 },
} as const;
