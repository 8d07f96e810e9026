import { readFileSync } from 'fs';
import { join } from 'path';
import { USER_IMPORT_RULES } from '../../lib/operations/rules';
import { USER_POOL_BACKUP_RULES } from '../../lib/operations/rules/backup-rules';
import { INACTIVE_USER_RULES } from '../../lib/operations/rules/lifecycle-rules';
import { USER_IMPORT_ACTIONS, USER_IMPORT_OUTCOMES } from '../../lib/private/operations-environment';
import { SCAN_ERRORS } from '../../lib/private/scan-environment';
import { USER_ANALYTICS_METRICS } from '../../lib/private/user-analytics-environment';

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

describe('docs/operations.md on the jobs over the whole pool', () => {
  test.each(INACTIVE_USER_RULES.map((rule) => rule.id))('lists the rule %s', (id) => {
    expect(doc).toContain(`| \`${id}\` |`);
  });

  test.each(Object.values(USER_ANALYTICS_METRICS))('names the metric %s', (metric) => {
    expect(doc).toContain(`\`${metric}\``);
  });

  test.each(Object.values(SCAN_ERRORS))('names the worker error %s', (name) => {
    expect(doc).toContain(`\`${name}\``);
  });

  test('names the quota categories the jobs use', () => {
    expect(doc).toContain('| UserList (30 RPS, no) |');
    expect(doc).toContain('| UserUpdate (25 RPS, no) |');
  });
});
