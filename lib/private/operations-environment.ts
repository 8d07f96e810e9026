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
} as const;

/** Error names the worker throws; the state machine retries the first two and never the last. */
export const USER_IMPORT_ERRORS = {
  /** Cognito still throttled the first row after the worker's own backoff: nothing was applied. */
  throttled: 'TooManyRequestsException',
  /** Cognito failed on its side or did not answer in time: worth another attempt. */
  transient: 'CognitoTransientError',
  /** The file's header lacks the `action` or `username` column: no row can succeed. */
  malformedFile: 'ImportFileMalformed',
} as const;

/**
 * Time budget of the worker. With these SDK settings one Cognito call takes at most about 9 s
 * (two attempts of 1 s to connect and 3 s to answer, and the SDK's retry delay), so the worker
 * starts a call only while `safetyMarginMs` of its invocation remain and never times out in the
 * middle of a row.
 */
export const USER_IMPORT_TIMING = {
  sdkOptions: { maxAttempts: 2, requestHandler: { connectionTimeout: 1_000, requestTimeout: 3_000 } },
  safetyMarginMs: 11_000,
} as const;

/** What a CSV row can ask for, in the `action` column. */
export const USER_IMPORT_ACTIONS = ['create', 'enable', 'disable', 'delete', 'reset-password', 'update-attributes'] as const;

/** Columns every row has besides its attribute columns. */
export const USER_IMPORT_COLUMNS = { action: 'action', username: 'username' } as const;

/**
 * What happened to one row, as written to the report. `throttled` rows were not applied: Cognito
 * kept throttling until the worker's time ran out, and running them again is safe.
 */
export const USER_IMPORT_OUTCOMES = ['created', 'updated', 'deleted', 'unchanged', 'failed', 'throttled'] as const;

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
