import { USER_IMPORT_TIMING } from '../private/operations-environment';

/** What the rules allow for one Cognito call on top of the pacing; most take well under 200 ms. */
export const ROW_LATENCY_MS = 1_000;

/**
 * Milliseconds each worker leaves between the starts of its Cognito calls, so that
 * `maxConcurrency` workers together make at most `maxRequestsPerSecond` calls.
 */
export function callIntervalMs(maxConcurrency: number, maxRequestsPerSecond: number): number {
  return Math.ceil((1000 * maxConcurrency) / maxRequestsPerSecond);
}

/** The time a worker needs for a batch of rows at that pacing, margin included. */
export function workerMillisNeeded(rows: number, intervalMs: number): number {
  return USER_IMPORT_TIMING.safetyMarginMs + rows * (intervalMs + ROW_LATENCY_MS);
}
