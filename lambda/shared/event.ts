import { isRecord } from './config';
import { MalformedEventError } from './errors';

/** The fields every Cognito user pool trigger event carries, read without trusting the event's shape. */
export interface CommonEvent {
  readonly triggerSource: string;
  readonly userPoolId: string;
  readonly userName: string;
  readonly request: Record<string, unknown>;
  readonly userAttributes: Record<string, string>;
}

/** Checks the envelope every trigger event shares and returns its parts, or throws a clear error. */
export function readCommonEvent(event: unknown, triggerSourcePrefix: string): CommonEvent {
  if (!isRecord(event)) {
    throw new MalformedEventError('event', 'must be an object');
  }
  const triggerSource = event.triggerSource;
  if (typeof triggerSource !== 'string' || !triggerSource.startsWith(triggerSourcePrefix)) {
    throw new MalformedEventError('triggerSource', `must start with "${triggerSourcePrefix}"`);
  }
  const [userPoolId, userName] = ['userPoolId', 'userName'].map((field) => {
    const value = event[field];
    if (typeof value !== 'string' || value.length === 0) {
      throw new MalformedEventError(field, 'must be a non-empty string');
    }
    return value;
  });
  const request = requireRecord(event.request, 'request');
  const userAttributes = readStringAttributes(request.userAttributes, 'request.userAttributes');
  return { triggerSource, userPoolId, userName, request, userAttributes };
}

/** Requires a plain object. */
export function requireRecord(value: unknown, field: string): Record<string, unknown> {
  if (!isRecord(value)) {
    throw new MalformedEventError(field, 'must be an object');
  }
  return value;
}

/** Reads a map of string attributes; a missing map is empty, non-string values are malformed. */
export function readStringAttributes(value: unknown, field: string): Record<string, string> {
  if (value === undefined || value === null) {
    return {};
  }
  const record = requireRecord(value, field);
  // A copy without a prototype, so a lookup such as attributes.constructor finds only what the event holds.
  const attributes: Record<string, string> = Object.create(null);
  for (const [key, entry] of Object.entries(record)) {
    if (typeof entry !== 'string') {
      throw new MalformedEventError(`${field}.${key.slice(0, 64)}`, 'must be a string');
    }
    attributes[key] = entry;
  }
  return attributes;
}

/** Reads an optional string field. */
export function optionalStringField(record: Record<string, unknown>, key: string, field: string): string | undefined {
  const value = record[key];
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw new MalformedEventError(field, 'must be a string');
  }
  return value;
}
