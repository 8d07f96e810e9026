import type { GroupType, UserType } from '@aws-sdk/client-cognito-identity-provider';
import { BackupGroup, BackupManifest, BackupMembership, BackupUser, RunSummary } from './backup-records';
import { BACKUP_FORMAT } from '../../lib/private/user-pool-backup-format';

/** The folder of one run: `<prefix><runId>/`. */
export function runFolder(prefix: string, runId: string): string {
  return `${prefix}${runId}/`;
}

/** The key of one part of a partition's users: a partition read in several invocations has several parts. */
export function userFileKey(run: string, partition: string, part: number): string {
  return `${run}${BACKUP_FORMAT.usersFolder}${partition}-${String(part).padStart(4, '0')}.jsonl`;
}

/** The key of one part of the memberships a partition listed (the groups are shared out among the partitions). */
export function membershipFileKey(run: string, partition: string, part: number): string {
  return `${run}${BACKUP_FORMAT.membershipsFolder}${partition}-${String(part).padStart(4, '0')}.jsonl`;
}

const iso = (date: Date | undefined) => (date ? new Date(date).toISOString() : undefined);

/**
 * A user as a backup records it: every attribute ListUsers returned except `sub` (kept apart),
 * status, enabled flag and dates. ListUsers returns no secret (passwords are never readable, MFA
 * secrets and devices are not in its answer), so nothing is left out for being one.
 */
export function backupUserOf(user: UserType): BackupUser {
  const attributes: Record<string, string> = {};
  let sub = '';
  for (const { Name, Value } of user.Attributes ?? []) {
    if (Name === 'sub') {
      sub = Value ?? '';
    } else if (Name !== undefined && Value !== undefined) {
      attributes[Name] = Value;
    }
  }
  return {
    username: user.Username ?? '',
    sub,
    attributes,
    status: user.UserStatus ?? 'UNKNOWN',
    enabled: user.Enabled !== false,
    createdAt: iso(user.UserCreateDate) ?? '',
    lastModifiedAt: iso(user.UserLastModifiedDate) ?? '',
  };
}

/** A group as `groups.json` records it; the role ARN is recorded though a restore does not set it. */
export function backupGroupOf(group: GroupType): BackupGroup {
  return {
    name: group.GroupName ?? '',
    ...(group.Description !== undefined && { description: group.Description }),
    ...(group.Precedence !== undefined && { precedence: group.Precedence }),
    ...(group.RoleArn !== undefined && { roleArn: group.RoleArn }),
  };
}

/** JSON Lines: one object per line, ending with a line break. */
export function jsonLines(records: ReadonlyArray<BackupUser | BackupMembership>): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}

/** The manifest of a finished run, written last: a run without one is incomplete. */
export function manifestOf(summary: RunSummary): BackupManifest {
  return {
    format: BACKUP_FORMAT.name,
    version: BACKUP_FORMAT.version,
    ...summary,
    userFiles: [...summary.userFiles].sort(),
    membershipFiles: [...summary.membershipFiles].sort(),
  };
}
