import { CALL_BUDGET_MILLIS, runWithin } from './deadline';
import { errorName, TriggerError } from './errors';
import { logOutcome } from './log';

/** A failed AWS call, reduced to its error's name: the only part that never carries an address, an account id or an ARN. */
export type AwsCallError = TriggerError & { readonly reason: string };

/**
 * Sends one AWS call within its budget and the invocation's deadline. Cognito may show a
 * trigger's error to an unauthenticated caller, so any failure becomes a generic TriggerError.
 */
export async function callAws<T>(operation: string, deadline: number, send: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
  try {
    return await runWithin(Math.min(CALL_BUDGET_MILLIS, deadline - Date.now()), send);
  } catch (error) {
    const reason = errorName(error);
    logOutcome({ operation, outcome: 'aws-call-failed', reason });
    throw Object.assign(new TriggerError(`${operation} failed (${reason})`), { reason });
  }
}

/** The reason of an AwsCallError, if the error is one. */
export function awsErrorReason(error: unknown): string | undefined {
  return error instanceof TriggerError ? (error as Partial<AwsCallError>).reason : undefined;
}
