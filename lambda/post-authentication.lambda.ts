import { ConditionalCheckFailedException, DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { awsErrorReason, callAws } from './shared/aws-call';
import { isRecord, optionalString, requireString } from './shared/config';
import { invocationDeadline } from './shared/deadline';
import { ConfigurationError, errorName, MalformedEventError } from './shared/errors';
import { readCommonEvent } from './shared/event';
import { buildAtColdStart } from './shared/handler';
import { logOutcome, logWarning } from './shared/log';
import { TRIGGER_SDK_OPTIONS } from './shared/sdk-options';
import { LAST_SIGN_IN_ITEM } from '../lib/private/last-sign-in-item';
import { POST_AUTHENTICATION_ENV } from '../lib/private/trigger-environment';

/** Settings read from the environment. */
export interface PostAuthenticationConfig {
  readonly tableName: string;
  readonly region: string;
  /** Unset: the SDK resolves DynamoDB's endpoint for the region. */
  readonly endpoint?: string;
}

const SOURCE = 'PostAuthentication_Authentication';
// Cognito's sub is a UUID; nothing else becomes a key of the table.
const SUB = /^[0-9A-Za-z-]{1,128}$/;
const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/;

/** Parses and validates the environment. */
export function parsePostAuthenticationConfig(env: Record<string, string | undefined>): PostAuthenticationConfig {
  const tableName = requireString(env, POST_AUTHENTICATION_ENV.tableName);
  if (!TABLE_NAME.test(tableName)) {
    throw new ConfigurationError(POST_AUTHENTICATION_ENV.tableName, 'must be a DynamoDB table name');
  }
  return { tableName, region: requireString(env, 'AWS_REGION'), endpoint: endpointOf(env) };
}

/**
 * The endpoint: as with the SDK, the AWS_ENDPOINT_URL variables win over the configured one. Resolved
 * here rather than left to the SDK, because the SDK version the Lambda runtime provides may predate them.
 */
function endpointOf(env: Record<string, string | undefined>): string | undefined {
  for (const name of ['AWS_ENDPOINT_URL_DYNAMODB', 'AWS_ENDPOINT_URL', POST_AUTHENTICATION_ENV.endpoint]) {
    const value = optionalString(env, name);
    if (value !== undefined) {
      if (!URL.canParse(value) || !['https:', 'http:'].includes(new URL(value).protocol)) {
        throw new ConfigurationError(name, 'must be an absolute http(s) URL');
      }
      return value;
    }
  }
  return undefined;
}

/**
 * Creates the post authentication handler: records the user's last successful sign-in, one
 * UpdateItem per sign-in. A failed, throttled or late write is logged and the sign-in goes on:
 * tracking must never lock a user out. An event from another trigger source is a wiring mistake
 * and fails loudly, as in every other trigger.
 */
export function createPostAuthenticationHandler(env: Record<string, string | undefined>, client?: DynamoDBClient) {
  const config = parsePostAuthenticationConfig(env);
  // The SDK's single retry (TRIGGER_SDK_OPTIONS) covers throttling, a 5xx and a reset: UpdateItem with SET
  // is idempotent, and callAws ends both attempts and the pause between them within the call budget.
  const dynamodb = client ?? new DynamoDBClient({ ...TRIGGER_SDK_OPTIONS, region: config.region, endpoint: config.endpoint });

  // Never moves a user's time backwards: a late retry or a slower instance keeps the newer sign-in.
  const write = async (sub: string, username: string, abortSignal: AbortSignal): Promise<'recorded' | 'newer-kept'> => {
    try {
      await dynamodb.send(new UpdateItemCommand({
        TableName: config.tableName,
        Key: { [LAST_SIGN_IN_ITEM.partitionKey]: { S: sub } },
        UpdateExpression: 'SET #at = :now, #username = :username',
        ConditionExpression: 'attribute_not_exists(#at) OR #at < :now',
        ExpressionAttributeNames: { '#at': LAST_SIGN_IN_ITEM.lastSignInAt, '#username': LAST_SIGN_IN_ITEM.username },
        ExpressionAttributeValues: { ':now': { N: String(Date.now()) }, ':username': { S: username } },
      }), { abortSignal });
      return 'recorded';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        return 'newer-kept';
      }
      throw error;
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
