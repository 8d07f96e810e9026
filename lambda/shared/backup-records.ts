import { isRecord } from './config';
import { namedError } from './user-import-row';
import { USER_IMPORT_ERRORS } from '../../lib/private/operations-environment';
import { BACKUP_FORMAT } from '../../lib/private/user-pool-backup-format';

/** What the manifest says about a finished run. */
export interface RunSummary {
  readonly userPoolId: string;
  readonly startedAt: string;
  readonly completedAt: string;
  readonly userCount: number;
  readonly groupCount: number;
  readonly userFiles: string[];
  readonly membershipFiles: string[];
}

/** `manifest.json` of a backup run, written last: the run's summary under the format's name and version. */
export interface BackupManifest extends RunSummary {
  readonly format: string;
  readonly version: number;
}

/** One line of `groups.json`. */
export interface BackupGroup {
  readonly name: string;
  readonly description?: string;
  readonly precedence?: number;
  readonly roleArn?: string;
}

/** One line of `users/<partition>.jsonl`. */
export interface BackupUser {
  readonly username: string;
  readonly sub: string;
  /** Every attribute ListUsers returned except `sub`. */
  readonly attributes: Record<string, string>;
  readonly status: string;
  readonly enabled: boolean;
  readonly createdAt: string;
  readonly lastModifiedAt: string;
}

/** One line of `memberships/<index>.jsonl`. */
export interface BackupMembership {
  readonly group: string;
  readonly username: string;
}

const strings = (value: unknown) => Array.isArray(value) && value.every((entry) => typeof entry === 'string');

/**
 * Reads a manifest: refuses (with `BackupUnsupported`) one of another format or version, and one
 * naming files outside its own run, so a manifest can never steer a restore elsewhere.
 */
export function parseManifest(text: string, runPrefix: string): BackupManifest {
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    throw namedError(USER_IMPORT_ERRORS.backupUnsupported, 'manifest.json is not JSON');
  }
  if (!isRecord(manifest) || manifest.format !== BACKUP_FORMAT.name || manifest.version !== BACKUP_FORMAT.version) {
    const { format, version } = isRecord(manifest) ? manifest : { format: undefined, version: undefined };
    throw namedError(USER_IMPORT_ERRORS.backupUnsupported,
      `manifest.json names format ${JSON.stringify(format)} version ${JSON.stringify(version)}; `
      + `this restore reads ${BACKUP_FORMAT.name} version ${BACKUP_FORMAT.version}`);
  }
  if (!strings(manifest.userFiles) || !strings(manifest.membershipFiles)) {
    throw namedError(USER_IMPORT_ERRORS.backupUnsupported, 'manifest.json must list userFiles and membershipFiles as object keys');
  }
  const files = [...manifest.userFiles as string[], ...manifest.membershipFiles as string[]];
  const outside = files.find((key) => !key.startsWith(runPrefix) || key.includes('..'));
  if (outside !== undefined) {
    throw namedError(USER_IMPORT_ERRORS.backupUnsupported, `manifest.json names ${JSON.stringify(outside)}, outside its run ${runPrefix}`);
  }
  return manifest as unknown as BackupManifest;
}

/** Reads `groups.json`; a group without a name makes the file unreadable. */
export function parseGroups(text: string): BackupGroup[] {
  const groups: unknown = JSON.parse(text);
  if (!Array.isArray(groups) || !groups.every((group) => isRecord(group) && typeof group.name === 'string' && group.name !== '')) {
    throw namedError(USER_IMPORT_ERRORS.backupUnsupported, 'groups.json must be a list of groups with a name');
  }
  return groups as BackupGroup[];
}

/** A backed-up user, or why the line cannot be restored. */
export function parseBackupUser(value: unknown): BackupUser | string {
  if (!isRecord(value) || typeof value.username !== 'string' || value.username === '') {
    return 'the line has no username';
  }
  if (typeof value.sub !== 'string' || typeof value.status !== 'string' || typeof value.enabled !== 'boolean') {
    return 'the line needs sub, status and enabled';
  }
  const attributes = isRecord(value.attributes) ? value.attributes : {};
  if (!Object.values(attributes).every((entry) => typeof entry === 'string')) {
    return 'every attribute value must be text';
  }
  return value as unknown as BackupUser;
}

/** A membership line, or why it cannot be restored. */
export function parseMembership(value: unknown): BackupMembership | string {
  if (!isRecord(value) || typeof value.group !== 'string' || value.group === '' || typeof value.username !== 'string' || value.username === '') {
    return 'the line needs a group and a username';
  }
  return { group: value.group, username: value.username };
}
