import { Duration } from 'aws-cdk-lib';

/** Renders a received value for an error message without dumping whole objects. */
export function describeValue(value: unknown): string {
  if (value instanceof Duration) {
    return value.toHumanString();
  }
  if (typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map(describeValue).join(', ')}]`;
  }
  if (value === undefined) {
    return 'undefined';
  }
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
