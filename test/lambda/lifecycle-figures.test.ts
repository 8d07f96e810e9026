import { verdictOn } from '../../lambda/shared/inactive-user-verdict';
import { countPage, emptyCounts, figuresOf } from '../../lambda/shared/user-analytics-figures';
import { MAX_TENANTS_PER_PARTITION, OTHER_TENANTS } from '../../lib/private/user-analytics-environment';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-01T03:00:00Z');
const user = (overrides: Record<string, unknown> = {}) => ({
  Username: 'alice', Enabled: true, UserStatus: 'CONFIRMED', UserCreateDate: new Date(NOW - 200 * DAY), Attributes: [{ Name: 'sub', Value: 's-1' }], ...overrides,
});

describe('the inactive-user verdict', () => {
  const rules = { now: NOW, inactiveDays: 90, trackingStartedAt: NOW - 30 * DAY, exempt: new Set(['root']) };

  test.each([
    ['an already disabled user, whatever else holds', user({ Enabled: false }), undefined, 'already-disabled'],
    ['a member of an exempt group', user({ Username: 'root' }), NOW - 365 * DAY, 'exempt'],
    ['a user created within the window', user({ UserCreateDate: new Date(NOW - 10 * DAY) }), undefined, 'recently-created'],
    ['a user who signed in 89 days ago', user(), NOW - 89 * DAY, 'active'],
    ['a user who signed in 91 days ago', user(), NOW - 91 * DAY, 'inactive'],
    // Tracking started 30 days ago: a user without a record counts from then, not from creation.
    ['an old user never seen since tracking started recently', user(), undefined, 'active'],
  ])('%s', (_, subject, recorded, verdict) => {
    expect(verdictOn(subject as never, recorded, rules)).toBe(verdict);
  });

  test('a user without a record is inactive once tracking has run longer than the window', () => {
    expect(verdictOn(user() as never, undefined, { ...rules, trackingStartedAt: NOW - 120 * DAY })).toBe('inactive');
  });
});

describe('the analytics counts', () => {
  test('count each user once in the pool and once in its tenant, and state the confirmation rate in percent', () => {
    const state = { pool: emptyCounts(), tenants: {} };
    countPage(state, [user(), user({ UserStatus: 'UNCONFIRMED', Enabled: false, Attributes: [{ Name: 'custom:tenant_id', Value: 'acme' }] })] as never,
      new Map(), { now: NOW, recentDays: 30, inactiveDays: 90, tenantAttribute: 'custom:tenant_id' });
    expect(figuresOf(state.pool, false)).toEqual({
      total: 2,
      confirmed: 1,
      unconfirmed: 1,
      byStatus: { CONFIRMED: 1, UNCONFIRMED: 1 },
      enabled: 1,
      disabled: 1,
      recentSignUps: 0,
      confirmationRate: 50,
    });
    expect(Object.keys(state.tenants).sort()).toEqual(['(none)', 'acme']);
  });

  test('a partition tracks at most MAX_TENANTS_PER_PARTITION tenants and counts the rest together', () => {
    const state = { pool: emptyCounts(), tenants: {} as Record<string, ReturnType<typeof emptyCounts>> };
    const users = Array.from({ length: MAX_TENANTS_PER_PARTITION + 5 }, (_, i) => user({ Attributes: [{ Name: 'custom:tenant_id', Value: `t${i}` }] }));
    countPage(state, users as never, new Map(), { now: NOW, recentDays: 30, inactiveDays: 90, tenantAttribute: 'custom:tenant_id' });
    expect(Object.keys(state.tenants)).toHaveLength(MAX_TENANTS_PER_PARTITION + 1);
    expect(state.tenants[OTHER_TENANTS].total).toBe(5);
    expect(state.pool.total).toBe(MAX_TENANTS_PER_PARTITION + 5);
  });
});
