import {
  AdminCreateUserCommand, AdminDeleteUserCommand, AdminDisableUserCommand, AdminEnableUserCommand, AdminResetUserPasswordCommand,
  AdminUpdateUserAttributesCommand, CognitoIdentityProviderClient, DeliveryMediumType,
} from '@aws-sdk/client-cognito-identity-provider';
import { isRecord, readBoolean, readList, requireString } from './shared/config';
import { ConfigurationError } from './shared/errors';
import { buildAtColdStart } from './shared/handler';
import { logOutcome } from './shared/log';
import { parseImportRow, UserImportAction, UserImportRow } from './shared/user-import-row';
import { isImportableAttribute, USER_IMPORT_ENV, USER_IMPORT_OUTCOMES } from '../lib/private/operations-environment';

/** Settings read from the environment. */
export interface UserImportConfig {
  readonly userPoolId: string;
  readonly allowedAttributes: ReadonlySet<string>;
  readonly sendInvitations: boolean;
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
// The SDK retries a throttled call a few times itself before the state machine's slower backoff takes over.
const WORKER_SDK_OPTIONS = { maxAttempts: 3, requestHandler: { connectionTimeout: 1_000, requestTimeout: 5_000 } } as const;

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
  };
}

/**
 * Creates the worker: applies one CSV row, or a batch of rows (`{ Items: [...] }`), to the pool
 * and returns one result per row. Repeating a row leaves the pool in the same state.
 */
export function createUserImportWorker(
  env: Record<string, string | undefined>,
  client: Client = new CognitoIdentityProviderClient(WORKER_SDK_OPTIONS),
) {
  const config = parseUserImportConfig(env);

  const applyRow = async (raw: unknown): Promise<RowResult> => {
    const parsed = parseImportRow(raw, config.allowedAttributes);
    if ('problem' in parsed) {
      return { username: parsed.username, action: parsed.action, outcome: 'failed', error: parsed.problem };
    }
    const { row } = parsed;
    const plan = PLANS[row.action];
    const result = { username: row.username, action: row.action };
    try {
      await plan.run(client, { UserPoolId: config.userPoolId, Username: row.username }, row, config.sendInvitations);
      return { ...result, outcome: plan.outcome };
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === plan.doneWhen) {
        return { ...result, outcome: 'unchanged' };
      }
      if (THROTTLING_ERRORS.has(name)) {
        // The name is what the state machine's Retry matches: it retries with exponential backoff and jitter.
        throw Object.assign(new Error('Cognito throttled the request'), { name: 'TooManyRequestsException' });
      }
      if ((error as { $fault?: string } | undefined)?.$fault !== 'client' || RUN_ERRORS.has(name)) {
        throw error;
      }
      return { ...result, outcome: 'failed', error: `${name}: ${(error as Error).message}` };
    }
  };

  return async (event: unknown): Promise<RowResult | RowResult[]> => {
    const batch = isRecord(event) && Array.isArray(event.Items) ? event.Items as unknown[] : undefined;
    const results: RowResult[] = [];
    // One call at a time: the state machine's MaxConcurrency alone decides the pressure on Cognito.
    for (const raw of batch ?? [event]) {
      results.push(await applyRow(raw));
    }
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

/** Lambda entry point. */
export const handler = buildAtColdStart(() => createUserImportWorker(process.env));
