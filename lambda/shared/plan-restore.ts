import { BackupGroup, parseGroups, parseManifest } from './backup-records';
import { isRecord } from './config';
import { ImportFileStore } from './import-file-store';
import { namedError } from './user-import-row';
import { USER_IMPORT_ERRORS } from '../../lib/private/operations-environment';
import { BACKUP_FORMAT } from '../../lib/private/user-pool-backup-format';

/** What the state machine asks of a restore plan: the backup run to read and where to write the file lists. */
export interface RestorePlanRequest {
  readonly bucket: string;
  /** The run's folder, `<prefix><runId>/`. */
  readonly run: string;
  /** The pipeline's own bucket, which holds the plans. */
  readonly planBucket: string;
  /** The lists are written to `<planKey>-users.json` and `<planKey>-memberships.json` in `planBucket`. */
  readonly planKey: string;
}

/** What the plan did and where the restore's maps read their files from. */
export interface RestorePlanResult {
  readonly userPoolId: string;
  readonly userCount: number;
  readonly userFilesKey: string;
  readonly membershipFilesKey: string;
  readonly groupsCreated: number;
  readonly groupsExisting: number;
  /** Groups whose IAM role was not restored, up to 20 names; `groupsWithoutRole` counts them all. */
  readonly groupsWithoutRoleSample: string[];
  readonly groupsWithoutRole: number;
}

/** Creates one group when the pool lacks it; says which it was. */
export type EnsureGroup = (group: BackupGroup) => Promise<'created' | 'existing'>;

// The plan's output travels in the execution's state, which holds 256 KiB at most.
const SAMPLE = 20;
const MISSING = new Set(['NoSuchKey', 'NotFound']);

/** The restore request of an event `{ "restorePlan": { bucket, run, planKey } }`, or undefined for anything else. */
export function restorePlanRequest(event: unknown): RestorePlanRequest | undefined {
  const plan = isRecord(event) ? event.restorePlan : undefined;
  if (!isRecord(plan)) {
    return undefined;
  }
  const { bucket, run, planBucket, planKey } = plan;
  if (typeof bucket !== 'string' || typeof run !== 'string' || !run.endsWith('/') || typeof planBucket !== 'string' || typeof planKey !== 'string') {
    throw namedError(USER_IMPORT_ERRORS.backupUnsupported, 'The restore plan needs a bucket, a run folder ending in /, a planBucket and a planKey');
  }
  return { bucket, run, planBucket, planKey };
}

/**
 * Reads the run's manifest (refusing a run without one: its export never finished), creates the
 * groups the pool lacks, and writes the lists of user and membership files for the two maps.
 * Groups come back without their IAM role: CreateGroup with a role needs iam:PassRole on it, and
 * a role of the backed-up pool may belong to another account; set roles with the pool's own
 * definition. Creating a group that exists changes nothing, so the plan can run again.
 */
export async function planRestore(store: ImportFileStore, request: RestorePlanRequest, ensureGroup: EnsureGroup): Promise<RestorePlanResult> {
  const { bucket, run, planBucket, planKey } = request;
  let text: string;
  try {
    text = await store.read(bucket, `${run}${BACKUP_FORMAT.manifest}`);
  } catch (error) {
    if (MISSING.has((error as Error).name)) {
      throw namedError(USER_IMPORT_ERRORS.backupIncomplete, `${run} has no ${BACKUP_FORMAT.manifest}: the backup did not finish and is not restored`);
    }
    throw error;
  }
  const manifest = parseManifest(text, run);
  const groups = parseGroups(await store.read(bucket, `${run}${BACKUP_FORMAT.groups}`));
  let groupsCreated = 0;
  for (const group of groups) {
    if (await ensureGroup(group) === 'created') {
      groupsCreated++;
    }
  }
  const withoutRole = groups.filter((group) => group.roleArn).map((group) => group.name);
  const list = (keys: string[]) => JSON.stringify(keys.map((key) => ({ key })));
  const userFilesKey = `${planKey}-users.json`;
  const membershipFilesKey = `${planKey}-memberships.json`;
  await store.write(planBucket, userFilesKey, list(manifest.userFiles));
  await store.write(planBucket, membershipFilesKey, list(manifest.membershipFiles));
  return {
    userPoolId: manifest.userPoolId,
    userCount: manifest.userCount,
    userFilesKey,
    membershipFilesKey,
    groupsCreated,
    groupsExisting: groups.length - groupsCreated,
    groupsWithoutRoleSample: withoutRole.slice(0, SAMPLE),
    groupsWithoutRole: withoutRole.length,
  };
}
