/**
 * The layout of a user-pool backup run under `<bucket>/<prefix><runId>/`, shared by the export
 * (UserPoolBackup) and the restore (UserImportPipeline), so the two can never disagree.
 */
export const BACKUP_FORMAT = {
  /** The `format` a manifest must name. */
  name: 'cdk-cognito-enterprise/user-pool-backup',
  /** The one version this code writes and reads. */
  version: 1,
  /** Written last: a run without it is incomplete. */
  manifest: 'manifest.json',
  groups: 'groups.json',
  /** `users/<partition>.jsonl`: one user per line. */
  usersFolder: 'users/',
  /** `memberships/<index>.jsonl`: one `{ group, username }` per line. */
  membershipsFolder: 'memberships/',
} as const;

/**
 * Attributes a backup records but a restore does not write, because AdminCreateUser refuses them
 * or Cognito sets them itself: `sub` (assigned by the new pool), `identities` (written by Cognito
 * when a federated identity is linked), `updated_at` (maintained by Cognito on every change).
 * Names starting with `cognito:` are Cognito's own as well.
 */
export const UNRESTORABLE_ATTRIBUTES: readonly string[] = ['sub', 'identities', 'updated_at'];

/** True when a restore writes this attribute of a backed-up user. */
export function isRestorableAttribute(name: string): boolean {
  return !UNRESTORABLE_ATTRIBUTES.includes(name) && !name.startsWith('cognito:');
}

/**
 * Users a restore cannot create: a federated user (`EXTERNAL_PROVIDER`) is created by Cognito at
 * its first sign-in through its identity provider, and comes back that way.
 */
export const UNRESTORABLE_STATUSES: readonly string[] = ['EXTERNAL_PROVIDER'];
