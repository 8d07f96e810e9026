import { readFileSync } from 'fs';
import { join } from 'path';
import { USER_IMPORT_RULES } from '../../lib/operations/rules';
import { USER_POOL_BACKUP_RULES } from '../../lib/operations/rules/backup-rules';
import { USER_IMPORT_ACTIONS, USER_IMPORT_OUTCOMES } from '../../lib/private/operations-environment';

const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'operations.md'), 'utf8');

describe('docs/operations.md', () => {
  test.each([...USER_IMPORT_RULES, ...USER_POOL_BACKUP_RULES].map((rule) => rule.id))('lists the rule %s', (id) => {
    expect(doc).toContain(`| \`${id}\` |`);
  });

  test.each([...USER_IMPORT_ACTIONS])('explains the action %s', (action) => {
    expect(doc).toContain(`| \`${action}\` |`);
  });

  test.each([...USER_IMPORT_OUTCOMES])('names the outcome %s', (outcome) => {
    expect(doc).toContain(`\`${outcome}\``);
  });
});
