import { Duration, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * Throws a synth-time error that names the construct path, the prop, the value and the rule.
 */
export function rejectOption(scope: IConstruct, prop: string, value: string | number, rule: string, verb = 'is'): never {
  throw new Error(`${scope.node.path}: ${prop} ${verb} ${JSON.stringify(value)} — ${rule}`);
}

/** True when the value can be checked now (it is not a CloudFormation token nor a list token's element). */
export function isKnown(value: string | number | undefined): value is string | number {
  return value !== undefined && !Token.isUnresolved(value) && !Token.isUnresolved([value]);
}

/** Checks a number lies within inclusive bounds and is an integer. */
export function checkInteger(scope: IConstruct, prop: string, value: number | undefined, min: number, max: number): void {
  if (isKnown(value) && (!Number.isInteger(value) || value < min || value > max)) {
    rejectOption(scope, prop, value, `must be an integer between ${min} and ${max}`);
  }
}

/** Checks a duration lies within inclusive bounds, in milliseconds. */
export function checkDuration(scope: IConstruct, prop: string, value: Duration | undefined, minMillis: number, maxMillis: number): void {
  if (value === undefined || value.isUnresolved()) {
    return;
  }
  const millis = value.toMilliseconds();
  if (millis < minMillis || millis > maxMillis) {
    rejectOption(scope, prop, value.toHumanString(), `must be between ${minMillis / 1000} s and ${maxMillis / 1000} s`);
  }
}

/** Checks an absolute https URL without a fragment. */
export function checkHttpsUrl(scope: IConstruct, prop: string, value: string): void {
  if (!isKnown(value)) {
    return;
  }
  if (!URL.canParse(value) || new URL(value).protocol !== 'https:' || value.includes('#')) {
    rejectOption(scope, prop, value, 'must be an absolute https URL without a fragment');
  }
}
