/** True for a value written out in the template rather than computed at deploy time (Ref, Fn::*). */
export function isLiteral(value: unknown): boolean {
  if (Array.isArray(value)) {
    return value.every(isLiteral);
  }
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    if (keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'))) {
      return false;
    }
    return Object.values(value).every(isLiteral);
  }
  return true;
}

/** A list of strings as a sorted set, absent meaning empty; undefined when computed at deploy time. */
export function stringSet(value: unknown): string[] | undefined {
  if (value === undefined) {
    return [];
  }
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    return undefined;
  }
  return [...new Set(value as string[])].sort();
}

/** A value as a reviewer reads it in a finding. */
export function show(value: unknown): string {
  return value === undefined ? '(not set)' : JSON.stringify(value);
}
