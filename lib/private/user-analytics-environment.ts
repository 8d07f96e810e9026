/** Names shared by the user-analytics worker (lambda/) and UserAnalytics (lib/operations/). */
export const USER_ANALYTICS_ENV = {
  /** Days counted as "recent" for sign-ups. */
  recentDays: 'RECENT_DAYS',
  /** Days without sign-in that count a user inactive (only with a sign-in table). */
  inactiveDays: 'INACTIVE_DAYS',
  /** The attribute that names a user's tenant; unset for pools without tenants. */
  tenantAttribute: 'TENANT_ATTRIBUTE',
  /** The last-sign-in table; unset when sign-ins are not tracked. */
  signInTable: 'SIGN_IN_TABLE',
  metricNamespace: 'METRIC_NAMESPACE',
} as const;

/** The metrics the worker publishes (embedded metric format), each with the `UserPoolId` dimension. */
export const USER_ANALYTICS_METRICS = {
  total: 'TotalUsers',
  confirmed: 'ConfirmedUsers',
  unconfirmed: 'UnconfirmedUsers',
  enabled: 'EnabledUsers',
  disabled: 'DisabledUsers',
  recentSignUps: 'RecentSignUps',
  confirmationRate: 'ConfirmationRate',
  inactive: 'InactiveUsers',
  tenants: 'Tenants',
} as const;

/** The dimension of every analytics metric. */
export const USER_ANALYTICS_DIMENSION = 'UserPoolId';

/**
 * The most tenants one partition tracks separately (about 130 bytes each); the rest are counted
 * under OTHER_TENANTS, so a partition's result stays well within Step Functions' 256 KiB payload
 * whatever the tenant count. The report then says its per-tenant figures are incomplete.
 */
export const MAX_TENANTS_PER_PARTITION = 1_000;
export const OTHER_TENANTS = '(other)';
/** Users without the tenant attribute. */
export const NO_TENANT = '(none)';
