import { readdirSync } from 'fs';
import { join } from 'path';
import { documentedRuleTable, renderRuleTable } from './rule-table';
import { ENTERPRISE_SSO_RULES } from '../../lib/enterprise-sso/rules';

const RULES_DIR = join(__dirname, '..', '..', 'lib', 'enterprise-sso', 'rules');

describe('EnterpriseSso rule catalogue', () => {
  test('docs/sso.md lists exactly the rules (regenerate with test/enterprise-sso/rule-table.ts)', () => {
    expect(documentedRuleTable()).toEqual(renderRuleTable());
  });

  test('one file per rule, and rule ids are unique', () => {
    const ruleFiles = readdirSync(RULES_DIR).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !['index.ts', 'subjects.ts'].includes(file));
    expect(ruleFiles).toHaveLength(ENTERPRISE_SSO_RULES.length);
    expect(new Set(ENTERPRISE_SSO_RULES.map(({ id }) => id)).size).toBe(ENTERPRISE_SSO_RULES.length);
  });
});
