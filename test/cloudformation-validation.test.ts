import { readdirSync } from 'fs';
import { join, relative } from 'path';
import { cloudFormationValidationReports, CloudFormationValidationScenario } from './support/cloudformation-validation';

/** Every `*.cfn-validation.ts` file under test/, with the scenarios it exports. */
function scenarioFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name === 'node_modules' ? [] : scenarioFiles(path);
    }
    return entry.name.endsWith('.cfn-validation.ts') ? [path] : [];
  });
}

const SCENARIOS: [string, CloudFormationValidationScenario][] = scenarioFiles(__dirname).sort().flatMap((file) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported: { [name: string]: CloudFormationValidationScenario } = require(file);
  return Object.values(exported).map((scenario): [string, CloudFormationValidationScenario] => [relative(__dirname, file), scenario]);
});

test('every area with a validation scenario is found', () => {
  expect(SCENARIOS.length).toBeGreaterThanOrEqual(4);
});

describe.each(SCENARIOS)('%s: under CloudFormation validation', (_file, scenario) => {
  test(`${scenario.name} synthesizes without findings or dependency cycles`, () => {
    expect(cloudFormationValidationReports(scenario.build)).toEqual([]);
  });
});
