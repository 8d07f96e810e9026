/** Names shared by the inactive-user worker (lambda/) and InactiveUserPolicy (lib/operations/). */
export const INACTIVE_USER_ENV = {
  /** Days without sign-in after which a user is disabled (or reported). */
  inactiveDays: 'INACTIVE_DAYS',
  /** Comma-separated group names whose members are never disabled. */
  exemptGroups: 'EXEMPT_GROUPS',
  /** `true` disables users; anything else only reports who would be disabled. */
  enforce: 'ENFORCE',
  /** Milliseconds one worker leaves between the starts of two AdminDisableUser calls. */
  disableIntervalMs: 'DISABLE_INTERVAL_MS',
  signInTable: 'SIGN_IN_TABLE',
  topicArn: 'TOPIC_ARN',
} as const;

/** What the policy did, or would do, to one user, as the action files record it. */
export const INACTIVE_USER_ACTIONS = ['disabled', 'would-disable', 'failed'] as const;
