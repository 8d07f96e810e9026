/**
 * Names and numbers shared by the partitioned user-pool scan's workers (lambda/) and the
 * constructs that configure them (lib/operations/), so the two can never disagree.
 */

/** Environment variables every scan worker reads. */
export const SCAN_ENV = {
  userPoolId: 'USER_POOL_ID',
  /** Milliseconds one worker leaves between the starts of two ListUsers calls. */
  listIntervalMs: 'LIST_INTERVAL_MS',
  /** Milliseconds one Cognito call may take before the worker abandons it; the construct leaves the default. */
  callTimeoutMs: 'CALL_TIMEOUT_MS',
  /** Milliseconds one S3, DynamoDB or SNS operation may take, its attempts included; the construct leaves the default. */
  storeCallTimeoutMs: 'STORE_CALL_TIMEOUT_MS',
  /** The bucket of the job's reports; Step Functions writes the map results under its prefix too. */
  reportBucket: 'REPORT_BUCKET',
  reportPrefix: 'REPORT_PREFIX',
} as const;

/**
 * Hex digits of `sub` that name one partition. Cognito's `sub` is a random (version 4) UUID, so
 * every 2-digit prefix holds 1/256 of the pool: about 39,000 users of 10 million, 650 ListUsers
 * pages, a little over a minute at one call every 100 ms. 256 partitions keep the map's tail
 * short (the last round of partitions runs at 1/51 of the run at concurrency 5, against a quarter
 * with 16) and each partition's work a few worker invocations long.
 */
export const SCAN_PARTITION_DIGITS = 2;

/** Every partition, in order: `00` … `ff`. */
export const SCAN_PARTITIONS: readonly string[] = Array.from({ length: 16 ** SCAN_PARTITION_DIGITS },
  (_, index) => index.toString(16).padStart(SCAN_PARTITION_DIGITS, '0'));

/** The most users ListUsers returns per page (API ListUsersRequest.Limit: 0–60). */
export const SCAN_PAGE_SIZE = 60;

/** Error names a scan worker throws; the state machine retries the first three and never the last. */
export const SCAN_ERRORS = {
  /** Cognito still throttled after the worker's own backoff, before any page was read. */
  throttled: 'TooManyRequestsException',
  /** Cognito failed or did not answer in time, before any page was read. */
  transient: 'CognitoTransientError',
  /** S3, DynamoDB or SNS still throttled or failing after the SDK's retries, before any page was finished. */
  storeUnavailable: 'ScanStoreUnavailable',
  /** The event is not one the worker knows: a defect, not worth retrying. */
  malformedRequest: 'ScanRequestMalformed',
} as const;

/**
 * Time budget of a scan worker. Cognito calls: the SDK does not retry (the worker backs off with
 * jitter itself) and each call has a hard deadline. S3, DynamoDB and SNS calls: the SDK makes as
 * many attempts as it does by default for the service (three; four for DynamoDB), each connecting
 * within a second and answered within three, so one hung connection is tried again rather than
 * waited on; the whole operation, backoff and reading the answer's body included, ends within
 * `storeCallTimeoutMs`. A stalled store then fails the step with ScanStoreUnavailable, which the
 * state machine retries, where it would otherwise hold the worker until Lambda stops it, an error
 * that fails the partition and the run.
 *
 * A page starts only while `pageMarginMs` of the invocation remain: a list call, one store
 * operation that runs to its deadline, and the answer.
 */
export const SCAN_TIMING = {
  sdkOptions: { maxAttempts: 1, requestHandler: { connectionTimeout: 1_000, requestTimeout: 2_000, throwOnRequestTimeout: true } },
  callTimeoutMs: 3_000,
  storeSdkOptions: { requestHandler: { connectionTimeout: 1_000, requestTimeout: 3_000, throwOnRequestTimeout: true } },
  storeCallTimeoutMs: 6_000,
  pageMarginMs: 12_000,
} as const;

/**
 * The item of the sign-in table that records when tracking started (contract: written once with
 * attribute_not_exists). A user without an item counts as last active at max(created, this).
 */
export const TRACKING_STARTED_SUB = '#tracking-started';
