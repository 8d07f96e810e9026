import { knownNumber } from '../../private/validation/resolved';
import { Violation } from '../../private/validation/rule';

/** A violation when a known number is not a whole number within [min, max]. */
export function wholeNumberOutside(prop: string, value: number | undefined, bounds: { min: number; max: number }): Violation[] {
  return knownNumber(value) && (!Number.isInteger(value) || value < bounds.min || value > bounds.max) ? [{ prop, value }] : [];
}
