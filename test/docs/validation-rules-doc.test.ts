import { readFileSync } from 'fs';
import { join } from 'path';
import { describeRules } from '../../lib/private/validation/catalogue';
import { renderRulesTable } from '../../lib/private/validation/rules-table';

test('docs/validation-rules.md lists every rule as the catalogue states it', () => {
  const page = readFileSync(join(__dirname, '..', '..', 'docs', 'validation-rules.md'), 'utf-8');
  // Regenerate with `npx projen docs:rules` when a rule changes.
  expect(page).toEqual(renderRulesTable());
  for (const rule of describeRules()) {
    expect(page).toContain(`\`${rule.id}\``);
  }
});
