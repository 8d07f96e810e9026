/**
 * Client settings for every AWS call a trigger makes: a single retry rather than the SDK's default
 * three attempts, and short timeouts that fail the attempt (without throwOnRequestTimeout the SDK
 * only logs a warning when requestTimeout passes). Each call also carries an abort signal and a
 * deadline (see callAws), which hold whatever SDK version the Lambda runtime provides.
 */
export const TRIGGER_SDK_OPTIONS = {
  maxAttempts: 2,
  requestHandler: { connectionTimeout: 500, requestTimeout: 1_000, throwOnRequestTimeout: true },
} as const;
