import type { UserType } from '@aws-sdk/client-cognito-identity-provider';
import { lastActiveAt } from './sign-in-store';
import { MAX_TENANTS_PER_PARTITION, NO_TENANT, OTHER_TENANTS } from '../../lib/private/user-analytics-environment';

/** Counts of one group of users (the pool, or a tenant). */
export interface UserCounts {
  total: number;
  /** Users by UserStatus (CONFIRMED, UNCONFIRMED, FORCE_CHANGE_PASSWORD, RESET_REQUIRED, EXTERNAL_PROVIDER, …). */
  byStatus: Record<string, number>;
  enabled: number;
  disabled: number;
  /** Created within the last `recentDays`. */
  recentSignUps: number;
  /** Not signed in for `inactiveDays` (only counted with a sign-in table). */
  inactive: number;
}

/** One partition's running result. */
export interface AnalyticsState {
  readonly pool: UserCounts;
  readonly tenants: Record<string, UserCounts>;
}

/** What counting needs to know about the run. */
export interface CountingRules {
  readonly now: number;
  readonly recentDays: number;
  readonly inactiveDays: number;
  readonly tenantAttribute?: string;
  /** Undefined without a sign-in table: no user is counted inactive. */
  readonly trackingStartedAt?: number;
}

const DAY_MS = 86_400_000;

export const emptyCounts = (): UserCounts => ({ total: 0, byStatus: {}, enabled: 0, disabled: 0, recentSignUps: 0, inactive: 0 });

/** Adds one page of users to a partition's state. */
export function countPage(state: AnalyticsState, users: readonly UserType[], signIns: ReadonlyMap<string, number>, rules: CountingRules): void {
  for (const user of users) {
    const attribute = (name: string) => user.Attributes?.find((entry) => entry.Name === name)?.Value;
    const createdAt = user.UserCreateDate ? new Date(user.UserCreateDate).getTime() : rules.now;
    const status = user.UserStatus ?? 'UNKNOWN';
    const inactive = rules.trackingStartedAt !== undefined
      && lastActiveAt(signIns.get(attribute('sub') ?? ''), createdAt, rules.trackingStartedAt) < rules.now - rules.inactiveDays * DAY_MS;
    const groups = [state.pool];
    if (rules.tenantAttribute) {
      const tenant = attribute(rules.tenantAttribute) || NO_TENANT;
      const known = tenant in state.tenants || Object.keys(state.tenants).length < MAX_TENANTS_PER_PARTITION;
      groups.push(state.tenants[known ? tenant : OTHER_TENANTS] ??= emptyCounts());
    }
    for (const counts of groups) {
      counts.total++;
      counts.byStatus[status] = (counts.byStatus[status] ?? 0) + 1;
      counts[user.Enabled === false ? 'disabled' : 'enabled']++;
      counts.recentSignUps += createdAt >= rules.now - rules.recentDays * DAY_MS ? 1 : 0;
      counts.inactive += inactive ? 1 : 0;
    }
  }
}

/** Adds `from` into `into`. */
export function addCounts(into: UserCounts, from: UserCounts): void {
  into.total += from.total;
  into.enabled += from.enabled;
  into.disabled += from.disabled;
  into.recentSignUps += from.recentSignUps;
  into.inactive += from.inactive;
  for (const [status, count] of Object.entries(from.byStatus)) {
    into.byStatus[status] = (into.byStatus[status] ?? 0) + count;
  }
}

/** The figures of a group of users as the report states them. */
export interface Figures {
  readonly total: number;
  readonly confirmed: number;
  readonly unconfirmed: number;
  readonly byStatus: Record<string, number>;
  readonly enabled: number;
  readonly disabled: number;
  readonly recentSignUps: number;
  /** Confirmed users as a percentage of all users (0 for an empty pool), to two decimals. */
  readonly confirmationRate: number;
  readonly inactive?: number;
}

/** The reported figures of some counts. */
export function figuresOf(counts: UserCounts, tracked: boolean): Figures {
  const confirmed = counts.byStatus.CONFIRMED ?? 0;
  return {
    total: counts.total,
    confirmed,
    unconfirmed: counts.byStatus.UNCONFIRMED ?? 0,
    byStatus: counts.byStatus,
    enabled: counts.enabled,
    disabled: counts.disabled,
    recentSignUps: counts.recentSignUps,
    confirmationRate: counts.total === 0 ? 0 : Math.round((10_000 * confirmed) / counts.total) / 100,
    ...(tracked && { inactive: counts.inactive }),
  };
}
