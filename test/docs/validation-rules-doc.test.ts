import { readFileSync } from 'fs';
import { join } from 'path';
import { renderRulesTable } from '../../lib/private/validation/rules-table';
import { allRules } from '../support/all-rules';

test('docs/validation-rules.md lists every rule as the catalogue states it', () => {
  const page = readFileSync(join(__dirname, '..', '..', 'docs', 'validation-rules.md'), 'utf-8');
  // Regenerate with `npx projen docs:rules` when a rule changes.
  expect(page).toEqual(renderRulesTable(allRules()));
  for (const rule of allRules()) {
    expect(page).toContain(`\`${rule.id}\``);
  }
});
