import { runWithin } from './deadline';

/** What a job uses of an AWS SDK v3 client: sending a command that a signal can abort. */
export interface StoreClient {
  send(command: object, options: { abortSignal: AbortSignal }): Promise<Record<string, unknown>>;
}

/** How a job's S3, DynamoDB and SNS operations are bounded. */
export interface StoreCallLimits {
  /** Settings of each SDK client: its attempts and their timeouts. */
  readonly sdkOptions: object;
  /** Milliseconds one operation may take: every attempt, the backoff between them and reading the answer's body. */
  readonly callTimeoutMs: number;
}

/**
 * Runs one store operation within its deadline. The signal aborts the request in flight; the race
 * settles the operation with a TimeoutError even when the SDK ignores the signal or a body
 * dribbles in, and a timeout is a transient failure (see isTransientStoreFailure).
 */
export function withinStoreDeadline<T>(limits: StoreCallLimits, operation: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
  return runWithin(limits.callTimeoutMs, operation);
}
