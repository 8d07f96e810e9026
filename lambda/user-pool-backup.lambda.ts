import {
  CognitoIdentityProviderClient, GroupType, ListGroupsCommand, ListGroupsCommandOutput, ListUsersCommand, ListUsersInGroupCommand,
  ListUsersInGroupCommandOutput,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  backupGroupOf, backupUserOf, jsonLines, manifestOf, membershipFileKey, runFolder, userFileKey,
} from './shared/backup-export';
import { BackupMembership, BackupUser } from './shared/backup-records';
import { isRecord } from './shared/config';
import { buildAtColdStart } from './shared/handler';
import { logOutcome } from './shared/log';
import { ObjectStore, s3ObjectStore } from './shared/object-store';
import { PacedCaller, RemainingTime, Sender } from './shared/paced-caller';
import { PageProcessor, PartitionScanSettings, readScanStep, scanPartition, ScanStep } from './shared/partition-scan';
import { parseScanConfig } from './shared/scan-config';
import { RunContext, runIdOf } from './shared/scan-job';
import { readPartitionStates, ResultWriterDetails } from './shared/scan-results';
import { namedError } from './shared/user-import-row';
import { SCAN_ERRORS, SCAN_PAGE_SIZE, SCAN_TIMING } from '../lib/private/scan-environment';
import { BACKUP_FORMAT } from '../lib/private/user-pool-backup-format';

/** What the prepare step found: the groups are listed (and their members written) before the users. */
export interface BackupContext extends RunContext {
  readonly groupCount: number;
  readonly membershipFiles: number;
}

/** A partition's running result: users written and the parts they were written in. */
export interface BackupState {
  readonly users: number;
  readonly parts: number;
}

/** Collaborators a test may replace; the handler uses the AWS SDK clients the runtime supplies. */
export interface UserPoolBackupDependencies {
  readonly cognito?: Sender;
  readonly store?: ObjectStore;
}

// Membership lines per file: files of a few hundred kilobytes that a restore reads line by line.
const MEMBERSHIPS_PER_FILE = 10_000;
const JSONL = 'application/jsonl';

/**
 * Creates the backup worker on the partitioned scan. Prepare lists the groups (ListGroups →
 * `groups.json`) and their members (ListUsersInGroup → `memberships/<n>.jsonl`); each scan step
 * writes the users it read as one part (`users/<partition>-<part>.jsonl`), so a partition read
 * over several invocations needs no object to be appended to, and a retried step rewrites the
 * same part; aggregate writes `manifest.json` last, listing every file. It only reads the pool.
 */
export function createUserPoolBackupWorker(env: Record<string, string | undefined>, dependencies: UserPoolBackupDependencies = {}) {
  const config = parseScanConfig(env);
  const cognito = dependencies.cognito ?? new CognitoIdentityProviderClient(SCAN_TIMING.sdkOptions);
  const store = dependencies.store ?? s3ObjectStore({});
  const lister = new PacedCaller(cognito, config.listIntervalMs, config.callTimeoutMs);
  const settings: PartitionScanSettings = {
    userPoolId: config.userPoolId, listUsersCommand: ListUsersCommand, lister, pageMarginMs: SCAN_TIMING.pageMarginMs,
  };
  const UserPoolId = config.userPoolId;

  /** Every page of a paginated list; a page that cannot be read in time fails the step for the state machine to retry. */
  const listAll = async <R, T>(command: (token?: string) => object, page: (answer: R) => { items: T[]; next?: string }, context?: RemainingTime) => {
    const items: T[] = [];
    let token: string | undefined;
    do {
      const listed = await lister.send<R>(command(token), context, SCAN_TIMING.pageMarginMs);
      if ('gaveUp' in listed) {
        throw listed.gaveUp === 'throttled'
          ? namedError(SCAN_ERRORS.throttled, 'Cognito throttled the group listing')
          : namedError(SCAN_ERRORS.transient, 'Cognito failed or did not answer the group listing in time');
      }
      const { items: more, next } = page(listed.answer);
      items.push(...more);
      token = next;
    } while (token);
    return items;
  };

  const prepare = async (startedAt: string, context?: RemainingTime): Promise<BackupContext> => {
    const runId = runIdOf(startedAt);
    const run = runFolder(config.reportPrefix, runId);
    const groups = await listAll<ListGroupsCommandOutput, GroupType>(
      (NextToken) => new ListGroupsCommand({ UserPoolId, Limit: SCAN_PAGE_SIZE, ...(NextToken && { NextToken }) }),
      (answer) => ({ items: answer.Groups ?? [], next: answer.NextToken }), context);
    await store.put(config.reportBucket, `${run}${BACKUP_FORMAT.groups}`, JSON.stringify(groups.map(backupGroupOf)), 'application/json');
    let pending: BackupMembership[] = [];
    let membershipFiles = 0;
    const flush = async () => {
      await store.put(config.reportBucket, membershipFileKey(run, membershipFiles++), jsonLines(pending), JSONL);
      pending = [];
    };
    for (const group of groups) {
      const GroupName = group.GroupName!;
      const members = await listAll<ListUsersInGroupCommandOutput, string>(
        (NextToken) => new ListUsersInGroupCommand({ UserPoolId, GroupName, Limit: SCAN_PAGE_SIZE, ...(NextToken && { NextToken }) }),
        (answer) => ({ items: (answer.Users ?? []).map((user) => user.Username!), next: answer.NextToken }), context);
      for (const username of members) {
        pending.push({ group: GroupName, username });
        if (pending.length >= MEMBERSHIPS_PER_FILE) {
          await flush();
        }
      }
    }
    if (pending.length > 0) {
      await flush();
    }
    return { startedAt, runId, groupCount: groups.length, membershipFiles };
  };

  const scanStep = async (event: Record<string, unknown>, context?: RemainingTime): Promise<ScanStep<BackupState, BackupContext>> => {
    const step = readScanStep<BackupState, BackupContext>(event);
    const lines: BackupUser[] = [];
    const processor: PageProcessor<BackupState, BackupContext> = {
      initialState: () => ({ users: 0, parts: 0 }),
      processPage: async (users, state) => {
        lines.push(...users.map(backupUserOf));
        return { state: { ...state, users: state.users + users.length }, processed: users.length };
      },
    };
    const next = await scanPartition(settings, step, processor, context);
    if (lines.length === 0) {
      return next;
    }
    // The part is named by the state the step started from, so a retried step rewrites the same object.
    const run = runFolder(config.reportPrefix, step.context.runId);
    await store.put(config.reportBucket, userFileKey(run, step.partition, next.state.parts), jsonLines(lines), JSONL);
    return { ...next, state: { ...next.state, parts: next.state.parts + 1 } };
  };

  const aggregate = async (results: ResultWriterDetails, context: BackupContext) => {
    const states = await readPartitionStates<BackupState>(store, results);
    const run = runFolder(config.reportPrefix, context.runId);
    const userFiles: string[] = [];
    let userCount = 0;
    for (const [partition, state] of states) {
      userCount += state.users;
      for (let part = 0; part < state.parts; part++) {
        userFiles.push(userFileKey(run, partition, part));
      }
    }
    const manifest = manifestOf({
      userPoolId: UserPoolId,
      startedAt: context.startedAt,
      completedAt: new Date().toISOString(),
      userCount,
      groupCount: context.groupCount,
      userFiles,
      membershipFiles: Array.from({ length: context.membershipFiles }, (_, index) => membershipFileKey(run, index)),
    });
    const manifestKey = `${run}${BACKUP_FORMAT.manifest}`;
    await store.put(config.reportBucket, manifestKey, JSON.stringify(manifest, undefined, 2), 'application/json');
    logOutcome({ outcome: 'user-pool-backed-up', users: userCount, groups: context.groupCount, userFiles: userFiles.length });
    return { manifestKey, userCount, groupCount: context.groupCount };
  };

  return async (event: unknown, context?: RemainingTime): Promise<unknown> => {
    if (!isRecord(event)) {
      throw namedError(SCAN_ERRORS.malformedRequest, 'The request must be a JSON object');
    }
    if (isRecord(event.prepare)) {
      return prepare(String(event.prepare.startedAt), context);
    }
    if (isRecord(event.aggregate)) {
      const { results, context: runContext } = event.aggregate;
      if (!isRecord(results) || typeof results.Bucket !== 'string' || typeof results.Key !== 'string' || !isRecord(runContext)) {
        throw namedError(SCAN_ERRORS.malformedRequest, 'The aggregate request needs the map results ({Bucket, Key}) and the run context');
      }
      return aggregate(results as unknown as ResultWriterDetails, runContext as unknown as BackupContext);
    }
    return scanStep(event, context);
  };
}

const run = buildAtColdStart(() => {
  const worker = createUserPoolBackupWorker(process.env);
  return (call: unknown) => worker(...call as [unknown, RemainingTime]);
});

/** Lambda entry point. */
export const handler = (event: unknown, context: RemainingTime) => run([event, context]);
