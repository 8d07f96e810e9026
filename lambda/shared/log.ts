/**
 * Structured log lines for Lambda's native JSON log format. Callers pass only non-identifying
 * fields (trigger source, outcome, reason codes): never emails, codes, passwords or tokens.
 */
export function logOutcome(fields: Record<string, string | number | boolean>): void {
  console.info({ ...fields });
}

/** A warning in the same structured form: something failed that the caller is not failed for. */
export function logWarning(fields: Record<string, string | number | boolean>): void {
  console.warn({ ...fields });
}
