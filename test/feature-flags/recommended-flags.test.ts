import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { SCENARIOS } from './scenarios';
import { awsNagErrors, cognitoEnterpriseFindings } from '../support/nag';
import { appWithRecommendedFlags } from '../support/recommended-flags';
import { templateDifference, TemplateJson } from '../support/template-difference';
import { wildcardResourceActions } from '../support/wildcard-statements';

/*
 * An app fresh from `cdk init` sets every recommended feature flag, and those flags change what
 * aws-cdk-lib's L2s render. Each scenario is synthesized once without flags (what the snapshot
 * tests pin, and what old apps get) and once with them; the library's promises must hold under both.
 */

// The flags that change the library's own resources, as the README says.
const LIBRARY_TEMPLATE_FLAGS = ['@aws-cdk/aws-iam:minimizePolicies', '@aws-cdk/core:enablePartitionLiterals'];
// The API-access scenario borrows the example app's REST API and log bucket, which other flags reshape.
const EXAMPLE_APP_RESOURCES = /^Resources\.(OrdersRestApi|IntranetLogs)/;

interface Synthesized {
  readonly stack: Stack;
  readonly template: TemplateJson;
}

function synthesize(app: App, build: (stack: Stack) => void): Synthesized {
  const stack = new Stack(app, 'TestStack', { env: { account: '123456789012', region: 'eu-west-1' } });
  build(stack);
  return { stack, template: Template.fromStack(stack).toJSON() };
}

function cognitoLogicalIds(template: TemplateJson): string[] {
  return Object.entries(template.Resources ?? {})
    .filter(([, resource]) => String((resource as { Type: string }).Type).startsWith('AWS::Cognito::'))
    .map(([id, resource]) => `${(resource as { Type: string }).Type} ${id}`)
    .sort();
}

describe.each(Object.keys(SCENARIOS))('%s under the recommended feature flags', (name) => {
  let withoutFlags: Synthesized;
  let withFlags: Synthesized;
  beforeAll(() => {
    withoutFlags = synthesize(new App(), SCENARIOS[name]);
    withFlags = synthesize(appWithRecommendedFlags(), SCENARIOS[name]);
  });

  test('the four AWS nag packs and the library pack find nothing', () => {
    expect(awsNagErrors(withFlags.stack)).toEqual([]);
    expect(cognitoEnterpriseFindings(withFlags.stack)).toEqual([]);
  });

  test('Cognito resources keep their logical IDs', () => {
    expect(cognitoLogicalIds(withFlags.template)).toEqual(cognitoLogicalIds(withoutFlags.template));
  });

  test('no action gains Resource "*"', () => {
    const before = new Set(wildcardResourceActions(withoutFlags.template));
    expect(wildcardResourceActions(withFlags.template).filter((action) => !before.has(action))).toEqual([]);
  });

  test('no dependency cycle', () => {
    // aws-cdk-lib's assertions refuse a template whose resources depend on each other in a cycle.
    expect(() => Template.fromJSON(withFlags.template)).not.toThrow();
  });

  test(`beyond ${LIBRARY_TEMPLATE_FLAGS.join(' and ')}, the flags leave the library's resources as they are`, () => {
    const otherFlags = synthesize(appWithRecommendedFlags(LIBRARY_TEMPLATE_FLAGS), SCENARIOS[name]);
    const changed = Object.keys(templateDifference(withoutFlags.template, otherFlags.template));
    expect(changed.filter((entry) => !EXAMPLE_APP_RESOURCES.test(entry))).toEqual([]);
  });

  test('what the flags change in the template', () => {
    expect(templateDifference(withoutFlags.template, withFlags.template)).toMatchSnapshot();
  });
});
