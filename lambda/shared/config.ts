import { ConfigurationError } from './errors';

type Environment = Record<string, string | undefined>;

/** Reads a required, non-empty variable. */
export function requireString(env: Environment, name: string): string {
  const value = env[name]?.trim();
  if (!value) {
    throw new ConfigurationError(name, 'must be set');
  }
  return value;
}

/** Reads an optional variable; an empty value counts as unset. */
export function optionalString(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** Reads a comma-separated list, trimmed, empty entries dropped. */
export function readList(env: Environment, name: string): string[] {
  return (env[name] ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry.length > 0);
}

/** Reads `true` / `false`; anything else is a configuration error. */
export function readBoolean(env: Environment, name: string, fallback: boolean): boolean {
  const value = optionalString(env, name);
  if (value === undefined) {
    return fallback;
  }
  if (value !== 'true' && value !== 'false') {
    throw new ConfigurationError(name, `must be "true" or "false" (received: "${value}")`);
  }
  return value === 'true';
}

/** Reads an integer within bounds. */
export function readInteger(env: Environment, name: string, bounds: { min: number; max: number; fallback: number }): number {
  const { min, max, fallback } = bounds;
  const value = optionalString(env, name);
  if (value === undefined) {
    return fallback;
  }
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new ConfigurationError(name, `must be an integer between ${min} and ${max} (received: "${value}")`);
  }
  return parsed;
}

/** Reads a JSON object whose values are all strings or all objects of strings. */
export function readJsonObject(env: Environment, name: string): Record<string, unknown> {
  const value = optionalString(env, name);
  if (value === undefined) {
    return {};
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new ConfigurationError(name, 'must be a JSON object');
  }
  if (!isRecord(parsed)) {
    throw new ConfigurationError(name, 'must be a JSON object');
  }
  return parsed;
}

/** Reads a JSON object of string values. */
export function readStringMap(env: Environment, name: string): Record<string, string> {
  const parsed = readJsonObject(env, name);
  for (const [key, entry] of Object.entries(parsed)) {
    if (typeof entry !== 'string') {
      throw new ConfigurationError(name, `must map every key to a string (key "${key}" is not)`);
    }
  }
  return parsed as Record<string, string>;
}

/** True for a plain, non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
