import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { bundleTaskOptions } from './support/bundle-task-options';
import { bundlePath, REPOSITORY_ROOT, triggerNames } from './support/bundled-triggers';

/*
 * The integration flows run the bundles in assets/, which is also what the constructs deploy.
 * A missing or stale bundle would test (and ship) old code, so each one is rebuilt in memory with
 * its projen task's own esbuild flags and compared byte for byte with the file on disk.
 */
describe('bundled trigger assets', () => {
  test('there is a trigger to check', () => {
    expect(triggerNames().length).toBeGreaterThan(0);
  });

  test.each(triggerNames())('%s is bundled and up to date (else run "npx projen bundle")', async (name) => {
    const asset = join(REPOSITORY_ROOT, bundlePath(name));
    expect(existsSync(asset)).toBe(true);
    const options = bundleTaskOptions(REPOSITORY_ROOT, name);
    expect(options.outfile).toBe(bundlePath(name));

    const result = await build({ ...options, write: false, logLevel: 'silent' });

    expect(result.outputFiles).toHaveLength(1);
    // Compared as booleans: a failure should name the stale bundle, not print two 10 kB files.
    expect({ bundle: bundlePath(name), upToDate: result.outputFiles[0].text === readFileSync(asset, 'utf8') })
      .toEqual({ bundle: bundlePath(name), upToDate: true });
  });
});
