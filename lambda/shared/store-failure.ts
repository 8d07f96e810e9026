import { classifyFailure } from './cognito-failure';
import { errorName } from './errors';
import { namedError } from './user-import-row';
import { SCAN_ERRORS } from '../../lib/private/scan-environment';

// Throttling as S3 (SlowDown), DynamoDB and SNS name it; the store's own unprocessed-keys give-up too.
const THROTTLING = new Set([
  'SlowDown', 'ProvisionedThroughputExceededException', 'RequestLimitExceeded', 'ThrottlingException', 'Throttling', 'Throttled',
  'ThrottledException', 'TooManyRequestsException',
]);

/**
 * Whether an S3, DynamoDB or SNS call that failed after the SDK's own retries may succeed later:
 * throttled, a server error, an unreadable answer (such as a proxy's HTML page) or a lost one.
 * A modeled client error (denied access, a missing table or bucket) will not, and is not retried.
 */
export function isTransientStoreFailure(error: unknown): boolean {
  const kind = classifyFailure(error);
  return THROTTLING.has(errorName(error)) || kind === 'throttled' || kind === 'unknown' || kind === 'applied';
}

/**
 * Runs one of a job's S3, DynamoDB or SNS calls; a transient failure becomes the error the state
 * machine retries with backoff (`retriedError`; every call a job makes is safe to repeat), any
 * other is thrown as is.
 */
export async function retriedByStateMachine<T>(
  operation: string, call: () => Promise<T>, retriedError: string = SCAN_ERRORS.storeUnavailable,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isTransientStoreFailure(error)) {
      throw namedError(retriedError, `${operation} failed (${errorName(error)})`);
    }
    throw error;
  }
}
