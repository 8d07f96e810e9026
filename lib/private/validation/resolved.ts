import { Duration, Token } from 'aws-cdk-lib';

/** Values that are tokens are only known at deploy time: rules skip them. */
export function isKnown(value: unknown): boolean {
  if (value === undefined || value === null) {
    return false;
  }
  if (value instanceof Duration) {
    return !value.isUnresolved();
  }
  return !Token.isUnresolved(value);
}

/**
 * A string that can be checked at synth (defined and not a token). An element of a list token
 * (`Fn.split`, a CommaDelimitedList parameter) reads as `#{Token[...]}`, which only
 * `Token.isUnresolved` of a list recognises.
 */
export function knownString(value: string | undefined): value is string {
  return value !== undefined && !Token.isUnresolved(value) && !Token.isUnresolved([value]);
}

/** A number that can be checked at synth (defined and not a token). */
export function knownNumber(value: number | undefined): value is number {
  return value !== undefined && !Token.isUnresolved(value);
}
