import {
  CognitoIdentityProviderClient, GroupType, ListGroupsCommand, ListGroupsCommandOutput, ListUsersCommand, ListUsersInGroupCommand,
  ListUsersInGroupCommandOutput,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  backupGroupOf, backupUserOf, jsonLines, manifestOf, membershipFileKey, runFolder, userFileKey,
} from './shared/backup-export';
import { BackupGroup, BackupMembership, BackupUser } from './shared/backup-records';
import { isRecord } from './shared/config';
import { buildAtColdStart } from './shared/handler';
import { logOutcome } from './shared/log';
import { ObjectStore, retriedObjectStore, s3ObjectStore } from './shared/object-store';
import { PacedCaller, RemainingTime, Sender } from './shared/paced-caller';
import { PageProcessor, PartitionScanSettings, readScanStep, scanPartition, ScanStep } from './shared/partition-scan';
import { parseScanConfig, storeCallLimits } from './shared/scan-config';
import { RunContext, runIdOf } from './shared/scan-job';
import { readPartitionStates, ResultWriterDetails } from './shared/scan-results';
import { namedError } from './shared/user-import-row';
import { SCAN_ERRORS, SCAN_PAGE_SIZE, SCAN_PARTITIONS, SCAN_TIMING } from '../lib/private/scan-environment';
import { BACKUP_FORMAT } from '../lib/private/user-pool-backup-format';

/** What the prepare step found: the groups, listed before anything else and written to `groups.json`. */
export interface BackupContext extends RunContext {
  readonly groupCount: number;
}

/**
 * A partition's running result. Each partition first lists the members of its share of the groups
 * (every 256th group), resumably (`groupIndex`, `groupToken`), then scans its users; each
 * invocation writes what it read as one part.
 */
export interface BackupState {
  readonly users: number;
  readonly parts: number;
  readonly membershipsDone: boolean;
  readonly groupIndex: number;
  readonly groupToken?: string;
  readonly membershipParts: number;
}

/** Collaborators a test may replace; the handler uses the AWS SDK clients the runtime supplies. */
export interface UserPoolBackupDependencies {
  readonly cognito?: Sender;
  readonly store?: ObjectStore;
}

const JSONL = 'application/jsonl';

/**
 * Creates the backup worker on the partitioned scan. Prepare lists the groups (ListGroups →
 * `groups.json`); each partition lists the members of every 256th group (ListUsersInGroup →
 * `memberships/<partition>-<part>.jsonl`), resumably, then its users; each step writes what it
 * read as one part (`users/<partition>-<part>.jsonl`), so a partition read over several
 * invocations needs no object to be appended to, and a retried step rewrites the same part;
 * aggregate writes `manifest.json` last, listing every file. It only reads the pool.
 */
export function createUserPoolBackupWorker(env: Record<string, string | undefined>, dependencies: UserPoolBackupDependencies = {}) {
  const config = parseScanConfig(env);
  const cognito = dependencies.cognito ?? new CognitoIdentityProviderClient(SCAN_TIMING.sdkOptions);
  const storeLimits = storeCallLimits(config);
  // A transient S3 failure, a stall included, fails the step with ScanStoreUnavailable, which the state machine retries.
  const store = retriedObjectStore(dependencies.store ?? s3ObjectStore(storeLimits));
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
    return { startedAt, runId, groupCount: groups.length };
  };

  /** The names of the groups this partition lists the members of: every 256th, from `groups.json`. */
  const groupsOf = async (run: string, partition: string): Promise<string[]> => {
    const all = JSON.parse(await store.get(config.reportBucket, `${run}${BACKUP_FORMAT.groups}`)) as BackupGroup[];
    const index = SCAN_PARTITIONS.indexOf(partition);
    return all.map((group) => group.name).filter((_, position) => position % SCAN_PARTITIONS.length === index);
  };

  /**
   * Lists the members of the partition's groups from where the state says, until they are all
   * listed or the invocation's time runs short; writes what it listed as one part.
   */
  const listMemberships = async (run: string, partition: string, start: BackupState, context?: RemainingTime): Promise<BackupState> => {
    const groups = await groupsOf(run, partition);
    const lines: BackupMembership[] = [];
    let { groupIndex, groupToken } = start;
    let listedAny = false;
    while (groupIndex < groups.length) {
      const GroupName = groups[groupIndex];
      const listed = await lister.send<ListUsersInGroupCommandOutput>(new ListUsersInGroupCommand({
        UserPoolId, GroupName, Limit: SCAN_PAGE_SIZE, ...(groupToken && { NextToken: groupToken }),
      }), context, SCAN_TIMING.pageMarginMs);
      if ('gaveUp' in listed) {
        if (!listedAny) {
          throw listed.gaveUp === 'throttled'
            ? namedError(SCAN_ERRORS.throttled, 'Cognito throttled ListUsersInGroup')
            : namedError(SCAN_ERRORS.transient, 'Cognito failed or did not answer ListUsersInGroup in time');
        }
        break;
      }
      listedAny = true;
      lines.push(...(listed.answer.Users ?? []).map((user) => ({ group: GroupName, username: user.Username! })));
      groupToken = listed.answer.NextToken;
      if (!groupToken) {
        groupIndex++;
      }
    }
    let { membershipParts } = start;
    if (lines.length > 0) {
      // The part is named by the state the step started from, so a retried step rewrites the same object.
      await store.put(config.reportBucket, membershipFileKey(run, partition, membershipParts++), jsonLines(lines), JSONL);
    }
    const membershipsDone = groupIndex >= groups.length;
    const { groupToken: _, ...rest } = start;
    return { ...rest, membershipsDone, groupIndex, membershipParts, ...(groupToken && { groupToken }) };
  };

  const scanStep = async (event: Record<string, unknown>, context?: RemainingTime): Promise<ScanStep<BackupState, BackupContext>> => {
    const read = readScanStep<BackupState, BackupContext>(event);
    const run = runFolder(config.reportPrefix, read.context.runId);
    let state: BackupState = read.state ?? { users: 0, parts: 0, membershipsDone: false, groupIndex: 0, membershipParts: 0 };
    if (!state.membershipsDone) {
      state = await listMemberships(run, read.partition, state, context);
      if (!state.membershipsDone) {
        return { partition: read.partition, done: false, state, context: read.context };
      }
    }
    const step = { ...read, state };
    const lines: BackupUser[] = [];
    const processor: PageProcessor<BackupState, BackupContext> = {
      initialState: () => state,
      processPage: async (users, current) => {
        lines.push(...users.map(backupUserOf));
        return { state: { ...current, users: current.users + users.length }, processed: users.length };
      },
    };
    const next = await scanPartition(settings, step, processor, context);
    if (lines.length === 0) {
      return next;
    }
    // The part is named by the state the step started from, so a retried step rewrites the same object.
    await store.put(config.reportBucket, userFileKey(run, step.partition, next.state.parts), jsonLines(lines), JSONL);
    return { ...next, state: { ...next.state, parts: next.state.parts + 1 } };
  };

  const aggregate = async (results: ResultWriterDetails, context: BackupContext) => {
    const states = await readPartitionStates<BackupState>(store, results);
    const run = runFolder(config.reportPrefix, context.runId);
    const userFiles: string[] = [];
    const membershipFiles: string[] = [];
    let userCount = 0;
    for (const [partition, state] of states) {
      userCount += state.users;
      for (let part = 0; part < state.parts; part++) {
        userFiles.push(userFileKey(run, partition, part));
      }
      for (let part = 0; part < state.membershipParts; part++) {
        membershipFiles.push(membershipFileKey(run, partition, part));
      }
    }
    const manifest = manifestOf({
      userPoolId: UserPoolId,
      startedAt: context.startedAt,
      completedAt: new Date().toISOString(),
      userCount,
      groupCount: context.groupCount,
      userFiles,
      membershipFiles,
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
