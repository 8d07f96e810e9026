import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AWS_CDK_INTEG_FILES, AWS_CDK_SCENARIOS, AwsCdkScenario, UNEXPRESSED_SCENARIOS } from './aws-cdk-scenarios';
import { EnterpriseUserPool } from '../../lib';
import { testStack } from '../support/test-stack';

/** Builds every pool of a scenario in one stack, as the integration test does, and synthesizes it. */
function synthesize(scenario: AwsCdkScenario): Template {
  const stack = testStack(`${scenario.file.replace(/^integ\.|\.ts$/g, '').replace(/[^A-Za-z0-9-]/g, '-')}-${scenario.commit.slice(0, 7)}`);
  for (const pool of scenario.pools) {
    const userPool = new EnterpriseUserPool(stack, pool.id, pool.props?.(stack) ?? {});
    const attached = pool.attach?.(userPool, stack) ?? {};
    for (const options of pool.clients?.(attached) ?? []) {
      userPool.addAppClient(options);
    }
  }
  const template = Template.fromStack(stack);
  expect(Annotations.fromStack(stack).findError('*', Match.anyValue())).toEqual([]);
  return template;
}

describe('aws-cdk\'s Cognito integration scenarios synthesize through EnterpriseUserPool', () => {
  test.each(AWS_CDK_SCENARIOS.map((scenario) => [scenario.file, scenario.commit.slice(0, 7), scenario] as const))('%s @ %s', (_file, _commit, scenario) => {
    const template = synthesize(scenario);

    template.resourceCountIs('AWS::Cognito::UserPool', scenario.pools.length);
  });

  test('every integration test is restated or listed with the reason it cannot be', () => {
    const covered = new Set([...AWS_CDK_SCENARIOS.map((s) => s.file), ...UNEXPRESSED_SCENARIOS.map((s) => s.file)]);
    expect([...covered].sort()).toEqual([...AWS_CDK_INTEG_FILES].sort());
    const versions = AWS_CDK_SCENARIOS.map((s) => `${s.file}@${s.commit}`);
    expect(new Set(versions).size).toBe(versions.length);
    for (const unexpressed of UNEXPRESSED_SCENARIOS) {
      expect(unexpressed.reason.length).toBeGreaterThan(0);
    }
  });

  test('every note says why', () => {
    for (const pool of AWS_CDK_SCENARIOS.flatMap((s) => s.pools)) {
      for (const note of [...pool.libraryChoices ?? [], ...pool.notExpressed ?? []]) {
        expect(note.why).toMatch(/\w{3,}/);
      }
    }
  });
});
