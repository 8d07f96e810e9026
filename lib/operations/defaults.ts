import { Duration } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import { STANDARD_IMPORT_ATTRIBUTES } from '../private/operations-environment';

/** Every default of UserImportPipeline in one place. */
export const USER_IMPORT_DEFAULTS = {
  inputPrefix: 'imports/',
  reportPrefix: 'reports/',
  // Five workers at a time keep a run well below Cognito's per-account Admin API quotas, even
  // when the SDK retries.
  maxConcurrency: 5,
  maxRowsPerBatch: 1,
  allowedAttributes: STANDARD_IMPORT_ATTRIBUTES,
  // Imported users are usually migrated or pre-provisioned; they are told through the product.
  sendInvitations: false,
  // A few rows that stay throttled after every retry should not discard a large run: their
  // children are listed in the report and the file can simply be run again.
  toleratedFailurePercentage: 5,
  // A batch of rows runs call by call; one worker invocation has room for retries of each.
  workerTimeout: Duration.minutes(1),
  workerMemorySize: 256,
  logRetention: logs.RetentionDays.ONE_YEAR,
  // Exponential backoff with full jitter, so throttled workers do not retry in lockstep.
  throttleRetry: { interval: Duration.seconds(2), backoffRate: 2, maxAttempts: 8, maxDelay: Duration.seconds(60) },
} as const;

/** Limits the rules enforce. */
export const USER_IMPORT_LIMITS = {
  // The Distributed Map's own maximum of parallel child executions is far higher; 1000 already
  // exceeds any Cognito quota.
  maxConcurrency: { min: 1, max: 1000 },
  // Step Functions passes at most 256 KB to a task; a hundred CSV rows stay well below it.
  maxRowsPerBatch: { min: 1, max: 100 },
  toleratedFailurePercentage: { min: 0, max: 100 },
  // S3 keys are at most 1024 bytes; the prefix must leave room for file names.
  prefixLength: { min: 1, max: 512 },
} as const;
