/**
 * Client settings that keep every AWS call well inside Cognito's 5-second trigger budget:
 * short timeouts and a single retry rather than the SDK's default three attempts, so a call
 * gives up within about 3 seconds even when both attempts hang.
 */
export const TRIGGER_SDK_OPTIONS = {
  maxAttempts: 2,
  requestHandler: { connectionTimeout: 500, requestTimeout: 1_000 },
} as const;
