import { awsErrorReason, callAws } from './shared/aws-call';
import { isRecord, optionalString, requireString } from './shared/config';
import { invocationDeadline } from './shared/deadline';
import { callDynamoDb, DynamoDbCallError, DynamoDbTarget } from './shared/dynamodb-json';
import { ConfigurationError, errorName, MalformedEventError } from './shared/errors';
import { readCommonEvent } from './shared/event';
import { buildAtColdStart } from './shared/handler';
import { logOutcome, logWarning } from './shared/log';
import { SigningCredentials } from './shared/sigv4';
import { LAST_SIGN_IN_ITEM } from '../lib/private/last-sign-in-item';
import { POST_AUTHENTICATION_ENV } from '../lib/private/trigger-environment';

/** Settings read from the environment. */
export interface PostAuthenticationConfig {
  readonly tableName: string;
  readonly target: DynamoDbTarget;
}

/** Sends one DynamoDB call; replaceable for tests. */
export type DynamoDbSend = typeof callDynamoDb;

const SOURCE = 'PostAuthentication_Authentication';
// Cognito's sub is a UUID; nothing else becomes a key of the table.
const SUB = /^[0-9A-Za-z-]{1,128}$/;
const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/;
// One retry for a throttled or failed write: UpdateItem with SET is idempotent.
const MAX_ATTEMPTS = 2;
const RETRY_PAUSE_MILLIS = 50;

/** Parses and validates the environment. */
export function parsePostAuthenticationConfig(env: Record<string, string | undefined>): PostAuthenticationConfig {
  const tableName = requireString(env, POST_AUTHENTICATION_ENV.tableName);
  if (!TABLE_NAME.test(tableName)) {
    throw new ConfigurationError(POST_AUTHENTICATION_ENV.tableName, 'must be a DynamoDB table name');
  }
  const region = requireString(env, 'AWS_REGION');
  return { tableName, target: { endpoint: endpointOf(env, region), region, credentials: () => credentialsOf(env) } };
}

/** The endpoint: as with the SDK, the AWS_ENDPOINT_URL variables win over the configured one. */
function endpointOf(env: Record<string, string | undefined>, region: string): URL {
  for (const name of ['AWS_ENDPOINT_URL_DYNAMODB', 'AWS_ENDPOINT_URL', POST_AUTHENTICATION_ENV.endpoint]) {
    const value = optionalString(env, name);
    if (value !== undefined) {
      const url = URL.canParse(value) ? new URL(value) : undefined;
      if (url === undefined || !['https:', 'http:'].includes(url.protocol)) {
        throw new ConfigurationError(name, 'must be an absolute http(s) URL');
      }
      return url;
    }
  }
  return new URL(`https://dynamodb.${region}.amazonaws.com`);
}

/** Lambda's own credentials, read at each call so a refreshed set is used. */
function credentialsOf(env: Record<string, string | undefined>): SigningCredentials | undefined {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  return accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey, sessionToken: env.AWS_SESSION_TOKEN || undefined } : undefined;
}

/**
 * Creates the post authentication handler: records the user's last successful sign-in, one
 * UpdateItem per sign-in. A failed, throttled or late write is logged and the sign-in goes on:
 * tracking must never lock a user out. An event from another trigger source is a wiring mistake
 * and fails loudly, as in every other trigger.
 */
export function createPostAuthenticationHandler(env: Record<string, string | undefined>, send: DynamoDbSend = callDynamoDb) {
  const config = parsePostAuthenticationConfig(env);

  // Never moves a user's time backwards: a late retry or a slower instance keeps the newer sign-in.
  const write = async (sub: string, username: string, signal: AbortSignal): Promise<'recorded' | 'newer-kept'> => {
    const input = {
      TableName: config.tableName,
      Key: { [LAST_SIGN_IN_ITEM.partitionKey]: { S: sub } },
      UpdateExpression: 'SET #at = :now, #username = :username',
      ConditionExpression: 'attribute_not_exists(#at) OR #at < :now',
      ExpressionAttributeNames: { '#at': LAST_SIGN_IN_ITEM.lastSignInAt, '#username': LAST_SIGN_IN_ITEM.username },
      ExpressionAttributeValues: { ':now': { N: String(Date.now()) }, ':username': { S: username } },
    };
    for (let attempt = 1; ; attempt += 1) {
      try {
        await send(config.target, 'UpdateItem', input, signal);
        return 'recorded';
      } catch (error) {
        if (error instanceof DynamoDbCallError && error.name === 'ConditionalCheckFailedException') {
          return 'newer-kept';
        }
        if (attempt >= MAX_ATTEMPTS || !(error instanceof DynamoDbCallError && error.retryable) || signal.aborted) {
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MILLIS));
      }
    }
  };

  return async (event: unknown, context?: unknown) => {
    const triggerSource = isRecord(event) ? event.triggerSource : undefined;
    if (triggerSource !== SOURCE) {
      // Described by its type unless it is a string: an object's own toString could be anything.
      const received = typeof triggerSource === 'string' ? JSON.stringify(triggerSource.slice(0, 64)) : typeof triggerSource;
      throw new MalformedEventError('triggerSource', `must be ${SOURCE} (received: ${received})`);
    }
    let user: { sub?: string; userName: string };
    try {
      const { userName, userAttributes } = readCommonEvent(event, 'PostAuthentication_');
      user = { sub: userAttributes.sub, userName };
    } catch {
      // The user is already authenticated: an odd field costs the record, never the sign-in.
      logWarning({ triggerSource, outcome: 'not-recorded', reason: 'malformed-event' });
      return event;
    }
    if (user.sub === undefined || !SUB.test(user.sub)) {
      logWarning({ triggerSource, outcome: 'not-recorded', reason: 'missing-sub' });
      return event;
    }
    try {
      const outcome = await callAws('DynamoDB UpdateItem', invocationDeadline(context), (signal) => write(user.sub!, user.userName, signal));
      logOutcome({ triggerSource, outcome });
    } catch (error) {
      logWarning({ triggerSource, outcome: 'not-recorded', reason: awsErrorReason(error) ?? errorName(error) });
    }
    return event;
  };
}

/** Lambda entry point. */
export const handler = buildAtColdStart(() => createPostAuthenticationHandler(process.env));
