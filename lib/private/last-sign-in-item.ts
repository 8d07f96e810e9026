/**
 * The item the post authentication trigger writes per user, shared by the trigger and every job
 * that reads the table: `{ sub: S, lastSignInAt: N (epoch milliseconds), username: S }`.
 */
export const LAST_SIGN_IN_ITEM = {
  /** Partition key: the user's `sub`, which never changes, unlike a username or an email. */
  partitionKey: 'sub',
  lastSignInAt: 'lastSignInAt',
  username: 'username',
} as const;
