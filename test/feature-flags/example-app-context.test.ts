import * as fs from 'fs';
import * as path from 'path';
import { recommendedFeatureFlags } from '../../projenrc/recommended-feature-flags';

const ROOT = path.join(__dirname, '..', '..');

function exampleAppContext(): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'cdk.json'), 'utf8')).context;
}

/** What `cdk init` of the installed CLI merges into a new app's cdk.json. */
function flagsCdkInitWrites(): Record<string, unknown> {
  const cli = path.dirname(require.resolve('aws-cdk/package.json'));
  return JSON.parse(fs.readFileSync(path.join(cli, 'lib', 'init-templates', '.recommended-feature-flags.json'), 'utf8'));
}

describe('the example app runs under the feature flags of a new app', () => {
  test('cdk.json holds every flag aws-cdk-lib recommends, with its recommended value', () => {
    expect(exampleAppContext()).toEqual(recommendedFeatureFlags());
  });

  test('those are the flags and values `cdk init` writes', () => {
    const written = flagsCdkInitWrites();
    expect(Object.keys(written).length).toBeGreaterThan(50);
    expect(recommendedFeatureFlags()).toEqual(written);
  });
});
