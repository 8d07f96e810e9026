import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { withEnvironment } from './process-environment';

/** The repository root: bundles and their sources are addressed from here, as the bundle tasks do. */
export const REPOSITORY_ROOT = join(__dirname, '..', '..', '..');

const HANDLER_SUFFIX = '.lambda.ts';

/** Every trigger handler in `lambda/`, by name (`pre-sign-up`, ...). */
export function triggerNames(): string[] {
  return readdirSync(join(REPOSITORY_ROOT, 'lambda'))
    .filter((file) => file.endsWith(HANDLER_SUFFIX))
    .map((file) => file.slice(0, -HANDLER_SUFFIX.length))
    .sort();
}

/** The bundle `npx projen bundle` writes for a trigger, relative to the repository root. */
export function bundlePath(name: string): string {
  return `assets/lambda/${name}.lambda/index.js`;
}

/**
 * Loads a trigger's bundle as Lambda would: the handlers read their configuration once, at cold
 * start, so the environment is in place while the module loads and restored right after.
 */
export function loadBundledTrigger<T extends object>(name: string, environment: Record<string, string>): T {
  const file = join(REPOSITORY_ROOT, bundlePath(name));
  if (!existsSync(file)) {
    throw new Error(`Missing bundle ${bundlePath(name)}: run "npx projen bundle"`);
  }
  const restore = withEnvironment(environment);
  try {
    return jest.requireActual<T>(file);
  } finally {
    restore();
  }
}
