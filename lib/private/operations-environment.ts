/**
 * Names and vocabulary shared by the bulk user-import worker (lambda/) and the construct that
 * configures it (lib/operations/), so the two can never disagree.
 */

/** Environment variables of the user-import worker. */
export const USER_IMPORT_ENV = {
  userPoolId: 'USER_POOL_ID',
  allowedAttributes: 'ALLOWED_ATTRIBUTES',
  sendInvitations: 'SEND_INVITATIONS',
  /** Milliseconds one worker leaves between the starts of two Cognito calls. */
  callIntervalMs: 'CALL_INTERVAL_MS',
  /** Milliseconds one Cognito call may take before the worker abandons it; the construct leaves the default. */
  callTimeoutMs: 'CALL_TIMEOUT_MS',
  /** Milliseconds one S3 read or write of a plan step may take, its attempts included; the construct leaves the default. */
  storeCallTimeoutMs: 'STORE_CALL_TIMEOUT_MS',
  /** The most rows the plan puts in one batch (one user's rows are never split). */
  maxRowsPerBatch: 'MAX_ROWS_PER_BATCH',
  /** The custom attribute a restore writes each user's `sub` from the backup into; unset: not kept. */
  previousSubAttribute: 'PREVIOUS_SUB_ATTRIBUTE',
} as const;

/** The largest CSV file the worker plans: it reads the whole file into memory to group each user's rows. */
export const IMPORT_FILE_MAX_BYTES = 10 * 1024 * 1024;

/** Error names the worker throws; the state machine retries the first three and never the others. */
export const USER_IMPORT_ERRORS = {
  /** Cognito still throttled the first row after the worker's own backoff: nothing was applied. */
  throttled: 'TooManyRequestsException',
  /** Cognito failed on its side or did not answer in time: worth another attempt. */
  transient: 'CognitoTransientError',
  /** A plan step's S3 read or write still throttled, failing or stalled after the SDK's retries: planning again is safe. */
  storeUnavailable: 'ImportStoreUnavailable',
  /** The file's header lacks the `action` or `username` column: no row can succeed. */
  malformedFile: 'ImportFileMalformed',
  /** The file is larger than IMPORT_FILE_MAX_BYTES: it must be split. */
  fileTooLarge: 'ImportFileTooLarge',
  /** The backup run has no manifest: its export never finished, so it is not restored. */
  backupIncomplete: 'BackupIncomplete',
  /** The manifest names another format or a version this code does not read. */
  backupUnsupported: 'BackupUnsupported',
} as const;

/**
 * Time budget of the worker. The SDK does not retry (the worker decides, per action, whether a
 * call may be sent again) and its request timeout throws rather than warns; on top of that each
 * call has a hard deadline of `callTimeoutMs`, enforced by the worker whatever SDK version the
 * runtime supplies, because a response that dribbles in escapes the SDK's own timeouts. A write
 * starts only while `safetyMarginMs` of the invocation remain (see workerMarginMs).
 */
export const USER_IMPORT_TIMING = {
  sdkOptions: { maxAttempts: 1, requestHandler: { connectionTimeout: 1_000, requestTimeout: 2_000, throwOnRequestTimeout: true } },
  callTimeoutMs: 3_000,
  /**
   * The plan steps' S3 reads and writes: the SDK's own attempts, each connecting within a second and
   * answered within ten, and the whole operation (reading a file of up to IMPORT_FILE_MAX_BYTES
   * included) within twenty seconds, so a read and a write fit in the worker's timeout.
   */
  storeSdkOptions: { requestHandler: { connectionTimeout: 1_000, requestTimeout: 10_000, throwOnRequestTimeout: true } },
  storeCallTimeoutMs: 20_000,
  safetyMarginMs: workerMarginMs(3_000),
} as const;

/**
 * The time a write needs before it starts: itself, a quarter of a call for a request abandoned at
 * its deadline to finish in Cognito, two read-backs of the user when its answer was lost with a
 * short pause between them, and half a call to return the report (12 s by default).
 */
export function workerMarginMs(callTimeoutMs: number): number {
  return 4 * callTimeoutMs;
}

/** What a CSV row can ask for, in the `action` column. */
export const USER_IMPORT_ACTIONS = ['create', 'enable', 'disable', 'delete', 'reset-password', 'update-attributes'] as const;

/** Columns every row has besides its attribute columns. */
export const USER_IMPORT_COLUMNS = { action: 'action', username: 'username' } as const;

/**
 * What happened to one row, as written to the report. `throttled` rows were not applied: the
 * worker's time ran out first (Cognito kept throttling or failing), and running them again is
 * safe. `skipped` users of a restore cannot be created by an administrator (federated users come
 * back at their next sign-in). `unknown` rows were sent, Cognito's answer was lost, and not even a read-back of the
 * user could tell whether they were applied: check the user before running them again.
 */
export const USER_IMPORT_OUTCOMES = ['created', 'updated', 'deleted', 'unchanged', 'skipped', 'failed', 'throttled', 'unknown'] as const;

/**
 * Standard attributes an import may set: the OpenID Connect attributes Cognito lets an
 * administrator write (`sub` is Cognito's own; `updated_at` is maintained by Cognito).
 */
export const STANDARD_IMPORT_ATTRIBUTES: readonly string[] = (
  'address birthdate email email_verified family_name gender given_name locale middle_name name nickname '
  + 'phone_number phone_number_verified picture preferred_username profile website zoneinfo'
).split(' ');

/**
 * Attributes that mark an address as the user's own. Setting them with a new address would let
 * whoever controls that address reset the password, so an import writes them only when listed.
 */
export const VERIFICATION_ATTRIBUTES: readonly string[] = ['email_verified', 'phone_number_verified'];

/** A custom attribute column: `custom:` and a 1–20 character name without spaces. */
export const CUSTOM_ATTRIBUTE_COLUMN = /^custom:[^\s]{1,20}$/u;

/** True when a column may name an attribute an import writes. */
export function isImportableAttribute(name: string): boolean {
  return STANDARD_IMPORT_ATTRIBUTES.includes(name) || CUSTOM_ATTRIBUTE_COLUMN.test(name);
}
