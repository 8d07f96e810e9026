import { documentedPortalRuleTable, renderPortalRuleTable } from './rule-table';

describe('docs/customer-portal.md', () => {
  test('lists exactly the portal rules (regenerate with test/customer-portal/rule-table.ts)', () => {
    expect(documentedPortalRuleTable()).toEqual(renderPortalRuleTable());
  });
});
