import { spawnSync } from 'child_process';
import { allRules } from '../support/all-rules';
import { API_CLASSIFICATION, classify, SCHEMA_CLASSIFICATION } from '../support/constraint-classification';
import { committedConstraintSources, extractConstraintSources } from '../support/constraint-sources';
import { CONSTRAINTS_SECTION, renderConstraintSection } from '../support/constraint-table';

const sources = committedConstraintSources();
const schemaKeys = sources.schema.map((item) => `${item.key} | ${item.constraint}`);
const apiKeys = sources.api.map((item) => item.key);

describe('docs/cognito-constraints.md: every Cognito constraint is checked or deliberately not', () => {
  test('the sources cover every resource type the library creates', () => {
    const types = new Set(sources.schema.map((item) => item.key.split(' ')[0]));
    expect([...types].sort()).toEqual([
      'AWS::Cognito::IdentityPool', 'AWS::Cognito::IdentityPoolRoleAttachment', 'AWS::Cognito::LogDeliveryConfiguration',
      'AWS::Cognito::ManagedLoginBranding', 'AWS::Cognito::UserPool', 'AWS::Cognito::UserPoolClient', 'AWS::Cognito::UserPoolDomain',
      'AWS::Cognito::UserPoolGroup', 'AWS::Cognito::UserPoolIdentityProvider', 'AWS::Cognito::UserPoolResourceServer',
    ]);
    expect(sources.api.length).toBeGreaterThan(50);
  });

  test('every constraint has a classification', () => {
    expect(schemaKeys.filter((key) => classify(key, SCHEMA_CLASSIFICATION) === undefined)).toEqual([]);
    expect(apiKeys.filter((key) => classify(key, API_CLASSIFICATION) === undefined)).toEqual([]);
  });

  test('every classification classifies something, so none is stale', () => {
    const used = new Set([
      ...schemaKeys.map((key) => classify(key, SCHEMA_CLASSIFICATION)),
      ...apiKeys.map((key) => classify(key, API_CLASSIFICATION)),
    ]);
    expect([...SCHEMA_CLASSIFICATION, ...API_CLASSIFICATION].filter((entry) => !used.has(entry)).map((entry) => entry.match.source)).toEqual([]);
  });

  test('every rule a classification names exists in the catalogues', () => {
    const ids = new Set(allRules().map((rule) => rule.id));
    const named = [...SCHEMA_CLASSIFICATION, ...API_CLASSIFICATION].flatMap((entry) => entry.rules ?? []);
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });

  test('the page is up to date', () => {
    // Regenerate with: npx ts-node -P test/tsconfig.json test/support/constraint-table.ts
    expect(CONSTRAINTS_SECTION.read()).toEqual(renderConstraintSection());
  });

  const zstd = spawnSync('zstd', ['--version']).status === 0;
  (zstd ? test : test.skip)('the committed sources match what the installed packages say', () => {
    // Regenerate with: npx ts-node -P test/tsconfig.json test/support/constraint-sources.ts
    expect(extractConstraintSources()).toEqual(sources);
  });
});
