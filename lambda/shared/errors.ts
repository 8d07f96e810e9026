/** An error a trigger throws on purpose: Cognito shows its message to the caller, so it never carries PII. */
export class TriggerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TriggerError';
  }
}

/** A configuration problem found at cold start: the function cannot serve any event until it is fixed. */
export class ConfigurationError extends Error {
  constructor(variable: string, rule: string) {
    super(`Invalid trigger configuration: environment variable ${variable} ${rule}`);
    this.name = 'ConfigurationError';
  }
}

/** An event that does not have the shape Cognito documents for its trigger source. */
export class MalformedEventError extends TriggerError {
  constructor(field: string, rule: string) {
    super(`Malformed Cognito event: ${field} ${rule}`);
    this.name = 'MalformedEventError';
  }
}

/** The error's name when it looks like an exception name, never its message: AWS messages can carry addresses and ARNs. */
export function errorName(error: unknown): string {
  const name = (error as { name?: unknown } | null | undefined)?.name;
  return typeof name === 'string' && /^\w{1,64}$/.test(name) ? name : 'UnknownError';
}
