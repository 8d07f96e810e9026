/**
 * Cognito waits at most 5 seconds for a trigger. Every AWS call of one invocation ends within
 * this share of it, so the trigger still answers (with a clear error) before Cognito gives up.
 */
export const INVOCATION_BUDGET_MILLIS = 3_000;

/** No single AWS call takes longer, so a second call of the same invocation still fits. */
export const CALL_BUDGET_MILLIS = 1_500;

/** The epoch millisecond by which an invocation's calls must end: the budget, or less when Lambda has less time left. */
export function invocationDeadline(context: unknown, budgetMillis = INVOCATION_BUDGET_MILLIS): number {
  // A quarter of a second stays for logging and returning the response.
  const left = Number((context as { getRemainingTimeInMillis?: () => number } | undefined)?.getRemainingTimeInMillis?.()) - 250;
  return Date.now() + Math.max(0, left < budgetMillis ? left : budgetMillis);
}

/**
 * Runs a call with a signal that aborts it after `millis`, and settles by then (with a
 * TimeoutError) even if the call ignores the signal: an SDK honours only the timeouts it knows.
 */
export function runWithin<T>(millis: number, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const signal = AbortSignal.timeout(Math.max(1, millis));
  return Promise.race([
    Promise.resolve(signal).then(call),
    new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true })),
  ]);
}
