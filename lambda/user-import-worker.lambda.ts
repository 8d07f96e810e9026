import {
  AdminCreateUserCommand, AdminDeleteUserCommand, AdminDisableUserCommand, AdminEnableUserCommand, AdminResetUserPasswordCommand,
  AdminUpdateUserAttributesCommand, CognitoIdentityProviderClient, DeliveryMediumType,
} from '@aws-sdk/client-cognito-identity-provider';
import { isRecord, optionalString, readBoolean, readList, requireString } from './shared/config';
import { ConfigurationError } from './shared/errors';
import { buildAtColdStart } from './shared/handler';
import { logOutcome } from './shared/log';
import { namedError, ParsedRow, parseImportRow, UserImportAction, UserImportRow } from './shared/user-import-row';
import {
  isImportableAttribute, USER_IMPORT_ENV, USER_IMPORT_ERRORS, USER_IMPORT_OUTCOMES, USER_IMPORT_TIMING,
} from '../lib/private/operations-environment';

/** Settings read from the environment. */
export interface UserImportConfig {
  readonly userPoolId: string;
  readonly allowedAttributes: ReadonlySet<string>;
  readonly sendInvitations: boolean;
  readonly callIntervalMs: number;
}

/** The part of the Lambda context the worker reads. */
export interface RemainingTime {
  getRemainingTimeInMillis(): number;
}

/** What happened to one row; the Distributed Map writes one of these per row to the report. */
export interface RowResult {
  readonly username: string;
  readonly action: string;
  readonly outcome: typeof USER_IMPORT_OUTCOMES[number];
  readonly error?: string;
}

type Outcome = RowResult['outcome'];
type Client = CognitoIdentityProviderClient;

/** The pool and user a call is about. */
interface Target {
  readonly UserPoolId: string;
  readonly Username: string;
}

/** How each action is applied; `doneWhen` names the error that means the pool already has the row's end state. */
interface ActionPlan {
  readonly run: (client: Client, target: Target, row: UserImportRow, invite: boolean) => Promise<unknown>;
  readonly outcome: Outcome;
  readonly doneWhen?: string;
}

const attributeList = (row: UserImportRow) => Object.entries(row.attributes).map(([Name, Value]) => ({ Name, Value }));

const PLANS: Record<UserImportAction, ActionPlan> = {
  'create': {
    run: (client, target, row, invite) => client.send(new AdminCreateUserCommand({
      ...target, UserAttributes: attributeList(row), ...invitation(invite, row.attributes),
    })),
    outcome: 'created',
    doneWhen: 'UsernameExistsException',
  },
  'delete': { run: (client, target) => client.send(new AdminDeleteUserCommand(target)), outcome: 'deleted', doneWhen: 'UserNotFoundException' },
  'enable': { run: (client, target) => client.send(new AdminEnableUserCommand(target)), outcome: 'updated' },
  'disable': { run: (client, target) => client.send(new AdminDisableUserCommand(target)), outcome: 'updated' },
  'reset-password': { run: (client, target) => client.send(new AdminResetUserPasswordCommand(target)), outcome: 'updated' },
  'update-attributes': {
    run: (client, target, row) => client.send(new AdminUpdateUserAttributesCommand({ ...target, UserAttributes: attributeList(row) })),
    outcome: 'updated',
  },
};

// Client errors that concern the whole run, not one row: the worker fails so the operator sees it at once.
const RUN_ERRORS = new Set(['ResourceNotFoundException', 'AccessDeniedException', 'UnrecognizedClientException']);
const THROTTLING_ERRORS = new Set(['TooManyRequestsException', 'ThrottlingException']);
// A row still throttled after the SDK's own retry waits up to 250 ms × 2^n (8 s at most), with full jitter.
const backoffMs = (attempt: number) => Math.random() * Math.min(8_000, 250 * 2 ** attempt);

// A time already past waits for the next turn of the event loop only.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The report line of a row that was not applied: rejected when read, or still throttled when time ran out. */
const unapplied = (entry: ParsedRow): RowResult => ('problem' in entry
  ? { username: entry.username, action: entry.action, outcome: 'failed', error: entry.problem }
  : { username: entry.row.username, action: entry.row.action, outcome: 'throttled' });

/** Parses and validates the environment. */
export function parseUserImportConfig(env: Record<string, string | undefined>): UserImportConfig {
  const allowedAttributes = readList(env, USER_IMPORT_ENV.allowedAttributes);
  const unknown = allowedAttributes.find((name) => !isImportableAttribute(name));
  if (unknown !== undefined) {
    throw new ConfigurationError(USER_IMPORT_ENV.allowedAttributes, `lists "${unknown}", which is neither a standard attribute nor custom:<name>`);
  }
  const callIntervalMs = Number(optionalString(env, USER_IMPORT_ENV.callIntervalMs) ?? 0);
  if (!(callIntervalMs >= 0)) {
    throw new ConfigurationError(USER_IMPORT_ENV.callIntervalMs, 'must be a number of milliseconds');
  }
  return {
    userPoolId: requireString(env, USER_IMPORT_ENV.userPoolId),
    allowedAttributes: new Set(allowedAttributes),
    sendInvitations: readBoolean(env, USER_IMPORT_ENV.sendInvitations, false),
    callIntervalMs,
  };
}

/**
 * Creates the worker: applies one CSV row, or a batch of rows (`{ Items: [...] }`), to the pool
 * and returns one result per row. Repeating a row leaves the pool in the same state. Calls are
 * paced at the configured interval; a throttled row is waited for while the invocation has time,
 * and rows left when it runs out are reported `throttled` — unless none was applied, in which
 * case the whole invocation fails with `TooManyRequestsException` for the state machine to retry.
 */
export function createUserImportWorker(
  env: Record<string, string | undefined>,
  client: Client = new CognitoIdentityProviderClient(USER_IMPORT_TIMING.sdkOptions),
) {
  const config = parseUserImportConfig(env);
  // Kept across invocations, so a warm worker keeps its pace from one batch to the next.
  let nextCallAt = 0;

  /** One Cognito call for a valid row; undefined when Cognito throttled it. */
  const callCognito = async (row: UserImportRow): Promise<RowResult | undefined> => {
    const plan = PLANS[row.action];
    const result = { username: row.username, action: row.action };
    try {
      await plan.run(client, { UserPoolId: config.userPoolId, Username: row.username }, row, config.sendInvitations);
      return { ...result, outcome: plan.outcome };
    } catch (error) {
      const { name = '', $fault, code } = error as { name?: string; $fault?: string; code?: unknown };
      if (name === plan.doneWhen) {
        return { ...result, outcome: 'unchanged' };
      }
      if (THROTTLING_ERRORS.has(name)) {
        return undefined;
      }
      if ($fault === 'client' && !RUN_ERRORS.has(name)) {
        return { ...result, outcome: 'failed', error: `${name}: ${(error as Error).message}` };
      }
      // Server faults (InternalErrorException, 5xx), the SDK's timeouts and socket errors (ECONNRESET, ...)
      // share one name the state machine retries.
      if ($fault === 'server' || name === 'TimeoutError' || (typeof code === 'string' && code.startsWith('E'))) {
        throw namedError(USER_IMPORT_ERRORS.transient, `Cognito failed: ${name}`);
      }
      throw error;
    }
  };

  /** Applies a row at the worker's pace, backing off while it is throttled and time is left. */
  const applyInTime = async (row: UserImportRow, timeLeft?: () => number): Promise<RowResult | undefined> => {
    for (let attempt = 0; ; attempt++) {
      await sleep(nextCallAt - Date.now());
      if (timeLeft && timeLeft() <= 0) {
        return undefined;
      }
      nextCallAt = Date.now() + config.callIntervalMs;
      const result = await callCognito(row);
      const delay = backoffMs(attempt);
      if (result || !timeLeft || delay >= timeLeft()) {
        return result;
      }
      await sleep(delay);
    }
  };

  return async (event: unknown, context?: RemainingTime): Promise<RowResult | RowResult[]> => {
    const batch = isRecord(event) && Array.isArray(event.Items) ? event.Items as unknown[] : undefined;
    // Every row is read first: a broken header fails the invocation before anything is applied.
    const rows = (batch ?? [event]).map((raw) => parseImportRow(raw, config.allowedAttributes));
    // The time a call may still start in; without a context (a direct call) no row is waited for.
    const timeLeft = context && (() => context.getRemainingTimeInMillis() - USER_IMPORT_TIMING.safetyMarginMs);
    const results: RowResult[] = [];
    let applied = false;
    for (const entry of rows) {
      const result = 'row' in entry ? await applyInTime(entry.row, timeLeft) : unapplied(entry);
      if (!result) {
        break;
      }
      applied ||= 'row' in entry;
      results.push(result);
    }
    if (results.length < rows.length && !applied) {
      // Nothing reached the pool, so the state machine's retry repeats nothing.
      throw namedError(USER_IMPORT_ERRORS.throttled, 'Cognito throttled the request');
    }
    results.push(...rows.slice(results.length).map(unapplied));
    const counts: Record<string, number> = {};
    results.forEach(({ outcome }) => counts[outcome] = (counts[outcome] ?? 0) + 1);
    logOutcome({ rows: results.length, ...counts });
    return batch ? results : results[0];
  };
}

/** AdminCreateUser's invitation settings: suppressed, or sent to the email and/or phone the row provides. */
function invitation(send: boolean, attributes: Record<string, string>) {
  if (!send) {
    return { MessageAction: 'SUPPRESS' as const };
  }
  const media: DeliveryMediumType[] = [];
  if (attributes.email) {
    media.push('EMAIL');
  }
  if (attributes.phone_number) {
    media.push('SMS');
  }
  return media.length > 0 ? { DesiredDeliveryMediums: media } : {};
}

// buildAtColdStart hands on one argument; the context travels with the event.
const run = buildAtColdStart(() => {
  const worker = createUserImportWorker(process.env);
  return (call: unknown) => worker(...call as [unknown, RemainingTime]);
});

/** Lambda entry point. */
export const handler = (event: unknown, context: RemainingTime) => run([event, context]);
