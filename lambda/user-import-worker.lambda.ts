import {
  AdminAddUserToGroupCommand, AdminCreateUserCommand, AdminDeleteUserCommand, AdminDisableUserCommand, AdminEnableUserCommand, AdminGetUserCommand,
  AdminResetUserPasswordCommand, AdminUpdateUserAttributesCommand, CognitoIdentityProviderClient, CreateGroupCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { BackupGroup } from './shared/backup-records';
import { sendWithin } from './shared/call-deadline';
import { classifyFailure, FailureKind } from './shared/cognito-failure';
import { isRecord, optionalString, readBoolean, readInteger, readList, requireString } from './shared/config';
import { ConfigurationError } from './shared/errors';
import { buildAtColdStart } from './shared/handler';
import { ImportFileStore, retriedImportFileStore, s3ImportFileStore } from './shared/import-file-store';
import { logOutcome } from './shared/log';
import { planImportFile, planRequest, PlanResult } from './shared/plan-import-file';
import { planRestore, restorePlanRequest, RestorePlanResult } from './shared/plan-restore';
import { RESTORE_ACTIONS, RestoreCalls, restoreMembership, restoreUser } from './shared/restore-user';
import { ACTION_PLANS, ActionPlan, AdminWrite, Outcome, RowResult, Settled, UserState } from './shared/user-import-actions';
import { namedError, ParsedRow, parseImportRow, UserImportRow } from './shared/user-import-row';
import { sleep, waitUntil } from './shared/waits';
import {
  CUSTOM_ATTRIBUTE_COLUMN, IMPORT_FILE_MAX_BYTES, isImportableAttribute, USER_IMPORT_ENV, USER_IMPORT_ERRORS, USER_IMPORT_TIMING, workerMarginMs,
} from '../lib/private/operations-environment';

/** Settings read from the environment. */
export interface UserImportConfig {
  readonly userPoolId: string;
  readonly allowedAttributes: ReadonlySet<string>;
  readonly sendInvitations: boolean;
  readonly callIntervalMs: number;
  readonly callTimeoutMs: number;
  /** The deadline of one S3 read or write of a plan step. */
  readonly storeCallTimeoutMs: number;
  readonly maxRowsPerBatch: number;
  /** The custom attribute a restore keeps each user's old `sub` in, if any. */
  readonly previousSubAttribute?: string;
}

/** The part of the Lambda context the worker reads. */
export interface RemainingTime {
  getRemainingTimeInMillis(): number;
}

export type { RowResult } from './shared/user-import-actions';

/** What a restore batch restores: the Distributed Map's ItemBatcher passes it as BatchInput. */
type RestoreKind = 'users' | 'memberships';

// Cognito's clock and Lambda's are both synchronised; a user created this long before a row started predates it.
const CLOCK_SKEW_MS = 1_000;
// Outcomes that say the pool may have changed: after one of them, a retry of the invocation would repeat it.
const CHANGES = new Set<Outcome>(['created', 'updated', 'deleted', 'unknown']);
const TIMEOUTS = new Set(['TimeoutError', 'AbortError']);

const COMMANDS: Record<AdminWrite, new (input: never) => object> = {
  AdminCreateUser: AdminCreateUserCommand,
  AdminDeleteUser: AdminDeleteUserCommand,
  AdminEnableUser: AdminEnableUserCommand,
  AdminDisableUser: AdminDisableUserCommand,
  AdminResetUserPassword: AdminResetUserPasswordCommand,
  AdminUpdateUserAttributes: AdminUpdateUserAttributesCommand,
  AdminAddUserToGroup: AdminAddUserToGroupCommand,
};

const millis = (env: Record<string, string | undefined>, name: string, fallback: number) => {
  const value = Number(optionalString(env, name) ?? fallback);
  if (!(value >= 0)) {
    throw new ConfigurationError(name, 'must be a number of milliseconds');
  }
  return value;
};

/** Parses and validates the environment. */
export function parseUserImportConfig(env: Record<string, string | undefined>): UserImportConfig {
  const allowedAttributes = readList(env, USER_IMPORT_ENV.allowedAttributes);
  const unknown = allowedAttributes.find((name) => !isImportableAttribute(name));
  if (unknown !== undefined) {
    throw new ConfigurationError(USER_IMPORT_ENV.allowedAttributes, `lists "${unknown}", which is neither a standard attribute nor custom:<name>`);
  }
  return {
    userPoolId: requireString(env, USER_IMPORT_ENV.userPoolId),
    allowedAttributes: new Set(allowedAttributes),
    sendInvitations: readBoolean(env, USER_IMPORT_ENV.sendInvitations, false),
    callIntervalMs: millis(env, USER_IMPORT_ENV.callIntervalMs, 0),
    callTimeoutMs: millis(env, USER_IMPORT_ENV.callTimeoutMs, USER_IMPORT_TIMING.callTimeoutMs) || USER_IMPORT_TIMING.callTimeoutMs,
    storeCallTimeoutMs: millis(env, USER_IMPORT_ENV.storeCallTimeoutMs, USER_IMPORT_TIMING.storeCallTimeoutMs)
      || USER_IMPORT_TIMING.storeCallTimeoutMs,
    maxRowsPerBatch: readInteger(env, USER_IMPORT_ENV.maxRowsPerBatch, { min: 1, max: 1_000, fallback: 1 }),
    previousSubAttribute: parsePreviousSubAttribute(env),
  };
}

function parsePreviousSubAttribute(env: Record<string, string | undefined>): string | undefined {
  const name = optionalString(env, USER_IMPORT_ENV.previousSubAttribute);
  if (name !== undefined && !CUSTOM_ATTRIBUTE_COLUMN.test(name)) {
    throw new ConfigurationError(USER_IMPORT_ENV.previousSubAttribute, `names "${name}", which is not custom:<name>`);
  }
  return name;
}

/**
 * Creates the worker. Given `{ plan: { bucket, key, planKey } }` it plans a CSV file: batches in
 * which each user's rows stay together, in file order. Given one CSV row, or a batch of rows
 * (`{ Items: [...] }`), it applies them in order and returns one true result per row. The SDK never retries; the worker does, knowing what each
 * failure proves: a throttled call was not applied and is sent again after a backoff; when an
 * answer is lost (5xx, unreadable body, reset, timeout) the user is read back and the call is
 * sent again only if it was not applied, so no row is applied twice or reported wrongly. When
 * the invocation's time runs out the rows left are reported `throttled` (not applied) — unless
 * nothing could have changed yet, in which case the invocation fails for the state machine to retry.
 */
export function createUserImportWorker(
  env: Record<string, string | undefined>,
  client: CognitoIdentityProviderClient = new CognitoIdentityProviderClient(USER_IMPORT_TIMING.sdkOptions),
  fileStore?: ImportFileStore,
) {
  const config = parseUserImportConfig(env);
  const store = retriedImportFileStore(fileStore
    ?? s3ImportFileStore(IMPORT_FILE_MAX_BYTES, { sdkOptions: USER_IMPORT_TIMING.storeSdkOptions, callTimeoutMs: config.storeCallTimeoutMs }));
  const { callTimeoutMs } = config;
  // A write starts only with time for itself and its read-backs (workerMarginMs); a read with time for itself and the answer.
  const writeMarginMs = workerMarginMs(callTimeoutMs);
  const answerMs = callTimeoutMs / 2;
  const readMarginMs = callTimeoutMs + answerMs;
  // Kept across invocations, so a warm worker keeps its pace from one batch to the next.
  let nextCallAt = 0;

  return async (event: unknown, context?: RemainingTime): Promise<RowResult | RowResult[] | PlanResult | RestorePlanResult> => {
    const planning = planRequest(event);
    if (planning) {
      return planImportFile(store, planning, config.maxRowsPerBatch);
    }
    const batch = isRecord(event) && Array.isArray(event.Items) ? event.Items as unknown[] : undefined;
    const restoring = restoreKind(event);
    const restorePlan = restorePlanRequest(event);
    // Every row is read first: a broken header fails the invocation before anything is applied.
    // Array.from, not map: a sparse batch's holes become rows that fail, not holes that crash later.
    const rows = restoring || restorePlan ? [] : Array.from(batch ?? [event], (raw) => parseImportRow(raw, config.allowedAttributes));
    // Without a context (a direct call) there is no deadline to plan for, and no row is waited for.
    const remaining = () => (context ? context.getRemainingTimeInMillis() : Infinity);
    const canStart = (margin: number) => remaining() >= margin;

    /** One paced call that ends within its deadline, however Cognito answers. */
    const call = async (command: object) => {
      await waitUntil(nextCallAt);
      nextCallAt = Date.now() + config.callIntervalMs;
      const sender = client as unknown as { send(command: object, options?: object): Promise<unknown> };
      return sendWithin(sender, command, Math.min(callTimeoutMs, remaining() - answerMs));
    };

    /** Waits before the next attempt; false when no attempt would fit in the time left. */
    const backoff = async (attempt: number, margin: number) => {
      // Full jitter up to callTimeout/12 × 2ⁿ, at most two call timeouts (250 ms × 2ⁿ up to 6 s by default).
      const delay = Math.random() * Math.min(2 * callTimeoutMs, (callTimeoutMs / 12) * 2 ** attempt);
      if (!context || remaining() - delay < margin) {
        return false;
      }
      await sleep(delay);
      return true;
    };

    /** The user as Cognito has it now; a failure kind when it cannot be read in time. */
    const readUser = async (target: { UserPoolId: string; Username: string }): Promise<{ user: UserState } | FailureKind> => {
      for (let attempt = 0; ; attempt++) {
        if (!canStart(readMarginMs)) {
          return 'unknown';
        }
        try {
          return { user: await call(new AdminGetUserCommand(target)) as UserState };
        } catch (error) {
          const kind = classifyFailure(error);
          if (kind === 'rejected' && (error as Error).name === 'UserNotFoundException') {
            return { user: undefined };
          }
          if (kind === undefined || kind === 'run') {
            throw error;
          }
          if (kind === 'rejected' || !(await backoff(attempt, readMarginMs))) {
            return kind;
          }
        }
      }
    };

    /** Applies one valid row: its true result, or the failure that kept it from being applied in time. */
    const settle = async (
      row: UserImportRow, since: number, plan: ActionPlan = ACTION_PLANS[row.action], onResponse?: (response: unknown) => void,
    ): Promise<Settled> => {
      const target = { UserPoolId: config.userPoolId, Username: row.username };
      const { username, action } = row;
      const result = (outcome: Outcome, error?: string): RowResult => ({ username, action, outcome, ...(error && { error }) });
      if (plan.readFirst) {
        const before = await readUser(target);
        if (typeof before !== 'string' && !before.user) {
          return result('unchanged');
        }
        // A username Cognito rejects is the row's own problem: the write will report it.
        if (typeof before === 'string' && before !== 'rejected') {
          return before;
        }
      }
      // Set once an attempt's answer was lost: a later "already so" answer may then be that attempt's doing.
      let uncertain = false;
      for (let attempt = 0; ; attempt++) {
        if (!canStart(writeMarginMs)) {
          return 'throttled';
        }
        try {
          const { operation, input } = plan.call(target, row, config.sendInvitations);
          const response = await call(new COMMANDS[operation](input as never));
          onResponse?.(response);
          return result(plan.outcome);
        } catch (error) {
          const kind = classifyFailure(error);
          const { name, message } = error as Error;
          if (kind === 'applied') {
            return result(plan.outcome);
          }
          if (kind === 'rejected') {
            if (name === plan.doneWhen) {
              // The user existed (or did not) before the row unless an earlier attempt of this row made it so.
              return result(uncertain ? plan.outcome : 'unchanged');
            }
            return result('failed', `${name}: ${message}`);
          }
          if (kind === undefined || kind === 'run') {
            throw error;
          }
          if (kind === 'unknown' && plan.repeatable) {
            // Sending it again is harmless whether or not it was applied.
            uncertain = true;
          } else if (kind === 'unknown') {
            // The call may have been applied: only the user's state tells, and it decides the outcome.
            // A request abandoned at its deadline may still be running in Cognito: it is given time to finish first.
            uncertain = true;
            if (TIMEOUTS.has(name)) {
              await sleep(callTimeoutMs / 4);
            }
            const now = await readUser(target);
            if (typeof now === 'string') {
              return result('unknown', `Cognito's answer was lost (${name}) and the user could not be read back`);
            }
            const outcome = plan.verdict(now.user, row, since);
            if (outcome) {
              return result(outcome);
            }
          }
          if (!(await backoff(attempt, writeMarginMs))) {
            return kind;
          }
        }
      }
    };

    /** Creates a group the pool lacks, without its role; the plan fails for the state machine to retry when Cognito does not answer in time. */
    const ensureGroup = async (group: BackupGroup): Promise<'created' | 'existing'> => {
      const input = { UserPoolId: config.userPoolId, GroupName: group.name, Description: group.description, Precedence: group.precedence };
      for (let attempt = 0; ; attempt++) {
        if (!canStart(writeMarginMs)) {
          throw namedError(USER_IMPORT_ERRORS.transient, 'The groups could not all be created in time');
        }
        try {
          await call(new CreateGroupCommand(input));
          return 'created';
        } catch (error) {
          const kind = classifyFailure(error);
          // Creating it again after a lost answer says it exists: either way the group is there.
          if (kind === 'rejected' && (error as Error).name === 'GroupExistsException') {
            return 'existing';
          }
          if (kind === 'applied') {
            return 'created';
          }
          if (kind !== 'throttled' && kind !== 'unknown') {
            throw error;
          }
          if (!(await backoff(attempt, writeMarginMs))) {
            throw namedError(kind === 'throttled' ? USER_IMPORT_ERRORS.throttled : USER_IMPORT_ERRORS.transient, 'Cognito did not create the groups in time');
          }
        }
      }
    };
    if (restorePlan) {
      return planRestore(store, restorePlan, ensureGroup);
    }

    const results: RowResult[] = [];
    const lastEnded = new Map<string, number>();
    let stoppedBy: FailureKind | undefined;
    if (restoring) {
      const restoreCalls: RestoreCalls = {
        settle: (row, plan, onResponse) => settle(row, Date.now() - CLOCK_SKEW_MS, plan, onResponse),
        readUser: (username) => readUser({ UserPoolId: config.userPoolId, Username: username }),
      };
      for (const line of batch ?? []) {
        const settled = restoring === 'users'
          ? await restoreUser(line, restoreCalls, config.previousSubAttribute)
          : await restoreMembership(line, restoreCalls);
        if (typeof settled === 'string') {
          stoppedBy = settled;
          break;
        }
        results.push(settled);
      }
    }
    for (const entry of rows) {
      if (!('row' in entry)) {
        results.push(unapplied(entry));
        continue;
      }
      const { username } = entry.row;
      const previous = lastEnded.get(username) ?? 0;
      // A change of this row must be dated after the previous row of the user ended, not in the same millisecond.
      if (Date.now() <= previous) {
        await sleep(1);
      }
      const settled = await settle(entry.row, Math.max(Date.now() - CLOCK_SKEW_MS, previous));
      lastEnded.set(username, Date.now());
      if (typeof settled === 'string') {
        stoppedBy = settled;
        break;
      }
      results.push(settled);
      // Later rows of the user must not overtake one whose outcome is unknown.
      if (settled.outcome === 'unknown') {
        break;
      }
    }
    if (stoppedBy && !results.some((result) => CHANGES.has(result.outcome))) {
      // Nothing reached the pool, so the state machine's retry repeats nothing.
      throw stoppedBy === 'throttled'
        ? namedError(USER_IMPORT_ERRORS.throttled, 'Cognito throttled the request')
        : namedError(USER_IMPORT_ERRORS.transient, 'Cognito failed or did not answer in time');
    }
    // Rows after the point where time ran out were not sent: they are safe to run again.
    const left = restoring
      ? (batch ?? []).slice(results.length).map((line) => notReached(line, restoring))
      : rows.slice(results.length).map(unapplied);
    results.push(...left);
    const counts: Record<string, number> = {};
    results.forEach(({ outcome }) => counts[outcome] = (counts[outcome] ?? 0) + 1);
    logOutcome({ rows: results.length, ...counts });
    return batch ? results : results[0];
  };
}

/** The report line of a row that was not applied: rejected when read, or left when time ran out. */
function unapplied(entry: ParsedRow): RowResult {
  return 'problem' in entry
    ? { username: entry.username, action: entry.action, outcome: 'failed', error: entry.problem }
    : { username: entry.row.username, action: entry.row.action, outcome: 'throttled' };
}

/** The restore a batch asks for: `{ Items, BatchInput: { restore: "users" | "memberships" } }`, or undefined for CSV rows. */
function restoreKind(event: unknown): RestoreKind | undefined {
  const input = isRecord(event) && isRecord(event.BatchInput) ? event.BatchInput.restore : undefined;
  return input === 'users' || input === 'memberships' ? input : undefined;
}

/** The report line of a backed-up user or membership left when time ran out. */
function notReached(line: unknown, kind: RestoreKind): RowResult {
  const username = isRecord(line) && typeof line.username === 'string' ? line.username : '';
  return { username, action: kind === 'users' ? RESTORE_ACTIONS.user : RESTORE_ACTIONS.membership, outcome: 'throttled' };
}

// buildAtColdStart hands on one argument; the context travels with the event.
const run = buildAtColdStart(() => {
  const worker = createUserImportWorker(process.env);
  return (call: unknown) => worker(...call as [unknown, RemainingTime]);
});

/** Lambda entry point. */
export const handler = (event: unknown, context: RemainingTime) => run([event, context]);
