import { Duration } from 'aws-cdk-lib';
import { knownNumber, knownString, isKnown } from './resolved';
import { Violation } from './rule';

/** A violation when a known number lies outside [min, max]. */
export function outsideRange(prop: string, value: number | undefined, min: number, max: number): Violation[] {
  return knownNumber(value) && (value < min || value > max) ? [{ prop, value }] : [];
}

/** A violation when a known string's length lies outside [min, max]. */
export function lengthOutside(prop: string, value: string | undefined, min: number, max: number): Violation[] {
  return knownString(value) && (value.length < min || value.length > max)
    ? [{ prop, value, detail: `must be ${min}–${max} characters (received ${value.length})` }]
    : [];
}

/**
 * A violation when a known duration lies outside [min, max] seconds. Rules pass their limits in
 * seconds computed once: every Duration conversion checks for tokens again.
 */
export function durationOutside(prop: string, value: Duration | undefined, minSeconds: number, maxSeconds: number): Violation[] {
  if (value === undefined || !isKnown(value)) {
    return [];
  }
  const seconds = value.toSeconds({ integral: false });
  return seconds < minSeconds || seconds > maxSeconds ? [{ prop, value }] : [];
}

/** A violation when a known string lacks any of the placeholders. */
export function missingPlaceholders(prop: string, value: string | undefined, placeholders: string[]): Violation[] {
  if (!knownString(value)) {
    return [];
  }
  const missing = placeholders.filter((placeholder) => !value.includes(placeholder));
  return missing.length > 0 ? [{ prop, value, detail: `must contain ${missing.join(' and ')}` }] : [];
}

/** A violation for each named list that is missing or empty. */
export function emptyLists(lists: { [prop: string]: readonly unknown[] | undefined }): Violation[] {
  return Object.entries(lists)
    .filter(([, list]) => !Array.isArray(list) || list.length === 0)
    .map(([prop, list]) => ({ prop, value: list }));
}
