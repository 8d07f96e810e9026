import { optionalString, requireString } from './config';
import { ConfigurationError } from './errors';
import { StoreCallLimits } from './store-call';
import { SCAN_ENV, SCAN_TIMING } from '../../lib/private/scan-environment';

/** The settings every scan worker reads from its environment. */
export interface ScanConfig {
  readonly userPoolId: string;
  readonly listIntervalMs: number;
  readonly callTimeoutMs: number;
  /** The deadline of one S3, DynamoDB or SNS operation. */
  readonly storeCallTimeoutMs: number;
  readonly reportBucket: string;
  readonly reportPrefix: string;
}

/** A non-negative number of milliseconds, or the fallback when unset. */
export function readMillis(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const value = Number(optionalString(env, name) ?? fallback);
  if (!(value >= 0)) {
    throw new ConfigurationError(name, 'must be a number of milliseconds');
  }
  return value;
}

/** Parses the scan's part of a worker's environment. */
export function parseScanConfig(env: Record<string, string | undefined>): ScanConfig {
  return {
    userPoolId: requireString(env, SCAN_ENV.userPoolId),
    listIntervalMs: readMillis(env, SCAN_ENV.listIntervalMs, 0),
    callTimeoutMs: readMillis(env, SCAN_ENV.callTimeoutMs, SCAN_TIMING.callTimeoutMs) || SCAN_TIMING.callTimeoutMs,
    storeCallTimeoutMs: readMillis(env, SCAN_ENV.storeCallTimeoutMs, SCAN_TIMING.storeCallTimeoutMs) || SCAN_TIMING.storeCallTimeoutMs,
    reportBucket: requireString(env, SCAN_ENV.reportBucket),
    reportPrefix: optionalString(env, SCAN_ENV.reportPrefix) ?? '',
  };
}

/** The limits of a worker's S3, DynamoDB and SNS operations. */
export function storeCallLimits(config: ScanConfig): StoreCallLimits {
  return { sdkOptions: SCAN_TIMING.storeSdkOptions, callTimeoutMs: config.storeCallTimeoutMs };
}
