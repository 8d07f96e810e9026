import { readdirSync } from 'fs';
import { join } from 'path';
import { documentedRuleTable, renderRuleTable } from './rule-table';
import { COGNITO_ENTERPRISE_RULES } from '../../lib/compliance/rules';

const RULES_DIR = join(__dirname, '..', '..', 'lib', 'compliance', 'rules');
const TESTS_DIR = join(__dirname, 'rules');

function ruleFileNames(dir: string, suffix: string): string[] {
  return readdirSync(dir).filter((file) => file.endsWith(suffix) && file !== 'index.ts' && !file.endsWith('.d.ts'))
    .map((file) => file.slice(0, -suffix.length)).sort();
}

describe('rule catalogue', () => {
  test('docs/compliance.md lists exactly the rules (regenerate with test/compliance/rule-table.ts)', () => {
    expect(documentedRuleTable()).toEqual(renderRuleTable());
  });

  test('every rule file is in the pack, named after its rule, and has a test file', () => {
    const names = COGNITO_ENTERPRISE_RULES.map((rule) => rule.name).sort();
    expect(ruleFileNames(RULES_DIR, '.ts').filter((name) => !name.endsWith('.test'))).toEqual(names);
    expect(ruleFileNames(TESTS_DIR, '.test.ts')).toEqual(names);
  });

  test('rule ids are unique and numbered COG1, COG2, … in pack order', () => {
    expect(COGNITO_ENTERPRISE_RULES.map((rule) => rule.id)).toEqual(COGNITO_ENTERPRISE_RULES.map((_rule, index) => `COG${index + 1}`));
  });
});
