import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/** Where the suite's temporary files go; the teardown removes it. */
export const TEMP_ROOT_ENV = 'CDK_COGNITO_ENTERPRISE_TEST_TEMP';

/**
 * Every synth without an outdir leaves a `cdk.out…` directory in the temp folder, and the
 * emulators keep their data there: one root for the whole run, which the workers inherit as their
 * temp folder and the teardown removes.
 */
export default function setup(): void {
  const root = mkdtempSync(join(tmpdir(), 'cdk-cognito-enterprise-test-'));
  process.env[TEMP_ROOT_ENV] = root;
  process.env.TMPDIR = root;
}
