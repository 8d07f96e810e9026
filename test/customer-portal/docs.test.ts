import { renderPortalRuleTable, splitPortalDoc } from './rule-table';

describe('docs/customer-portal.md', () => {
  test('lists exactly the portal rules (regenerate with test/customer-portal/rule-table.ts)', () => {
    expect(splitPortalDoc()[1]).toEqual(renderPortalRuleTable());
  });
});
