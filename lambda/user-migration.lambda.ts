import { isRecord, optionalString, readInteger, requireString } from './shared/config';
import { ConfigurationError, MalformedEventError, TriggerError } from './shared/errors';
import { optionalStringField, readCommonEvent } from './shared/event';
import { buildAtColdStart } from './shared/handler';
import { logOutcome } from './shared/log';
import { isReservedClaim, SETTING_BOUNDS, USER_MIGRATION_ENV } from '../lib/private/trigger-environment';

/**
 * The verifier contract. The trigger POSTs JSON to the verifier's HTTPS URL:
 *   { "action": "authenticate", "username": "...", "password": "..." }  (UserMigration_Authentication)
 *   { "action": "lookup", "username": "..." }                          (UserMigration_ForgotPassword)
 * and expects 200 with { "userAttributes": { "email": "...", "email_verified": "true", ... } } for a
 * known user whose credentials check out, or 401, 403 or 404 when the user is unknown or the password
 * is wrong. Any other answer, or none within the timeout, fails the sign-in.
 */
export interface VerifierRequest {
  readonly action: 'authenticate' | 'lookup';
  readonly username: string;
  readonly password?: string;
}

/** Settings read from the environment. */
export interface UserMigrationConfig {
  readonly verifierUrl: URL;
  readonly timeoutMillis: number;
  readonly messageAction: 'SUPPRESS' | 'RESEND';
}

/** Parses and validates the environment. */
export function parseUserMigrationConfig(env: Record<string, string | undefined>): UserMigrationConfig {
  const raw = requireString(env, USER_MIGRATION_ENV.verifierUrl);
  let verifierUrl: URL;
  try {
    verifierUrl = new URL(raw);
  } catch {
    throw new ConfigurationError(USER_MIGRATION_ENV.verifierUrl, 'must be an absolute URL');
  }
  if (verifierUrl.protocol !== 'https:') {
    throw new ConfigurationError(USER_MIGRATION_ENV.verifierUrl, 'must use https');
  }
  const messageAction = optionalString(env, USER_MIGRATION_ENV.messageAction) ?? 'SUPPRESS';
  if (messageAction !== 'SUPPRESS' && messageAction !== 'RESEND') {
    throw new ConfigurationError(USER_MIGRATION_ENV.messageAction, `must be SUPPRESS or RESEND (received: "${messageAction}")`);
  }
  return {
    verifierUrl,
    timeoutMillis: readInteger(env, USER_MIGRATION_ENV.verifierTimeoutMillis, SETTING_BOUNDS.verifierTimeoutMillis),
    messageAction,
  };
}

/** Sends one request to the verifier; the global fetch is replaceable for tests. */
export type Fetch = (url: URL, init: RequestInit) => Promise<Response>;

/** Creates the user migration handler, delegating the credential check to the verifier. */
export function createUserMigrationHandler(env: Record<string, string | undefined>, fetcher: Fetch = fetch) {
  const config = parseUserMigrationConfig(env);

  const askVerifier = async (body: VerifierRequest): Promise<Record<string, string> | undefined> => {
    const response = await fetcher(config.verifierUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(config.timeoutMillis),
    }).catch((error: unknown) => {
      // A timeout rejects with a DOMException, which is not always an Error instance: read its name defensively.
      const name = (error as { name?: unknown } | null)?.name;
      throw new TriggerError(`The legacy user store did not answer (${typeof name === 'string' ? name : 'unknown error'})`);
    });
    if ([401, 403, 404].includes(response.status)) {
      return undefined;
    }
    if (response.status !== 200) {
      throw new TriggerError(`The legacy user store answered with status ${response.status}`);
    }
    const payload: unknown = await response.json().catch(() => undefined);
    const attributes = isRecord(payload) ? payload.userAttributes : undefined;
    if (!isRecord(attributes)) {
      throw new TriggerError('The legacy user store answered without a userAttributes object');
    }
    // Only plain string attributes migrate; Cognito owns sub and every cognito: attribute.
    return Object.fromEntries(Object.entries(attributes)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !isReservedClaim(entry[0])));
  };

  return async (event: unknown) => {
    const { triggerSource, userName, request } = readCommonEvent(event, 'UserMigration_');
    let body: VerifierRequest;
    if (triggerSource === 'UserMigration_Authentication') {
      const password = optionalStringField(request, 'password', 'request.password');
      if (!password) {
        throw new MalformedEventError('request.password', 'must be a non-empty string');
      }
      body = { action: 'authenticate', username: userName, password };
    } else if (triggerSource === 'UserMigration_ForgotPassword') {
      body = { action: 'lookup', username: userName };
    } else {
      throw new MalformedEventError('triggerSource', `is not a user migration source (received: "${triggerSource}")`);
    }

    const userAttributes = await askVerifier(body);
    if (!userAttributes) {
      logOutcome({ triggerSource, outcome: 'not-migrated' });
      // Cognito turns this into NotAuthorizedException / UserNotFoundException for the caller.
      throw new TriggerError('Bad username or password');
    }
    logOutcome({ triggerSource, outcome: 'migrated' });
    return {
      ...(event as object),
      response: {
        userAttributes,
        finalUserStatus: body.action === 'authenticate' ? 'CONFIRMED' : 'RESET_REQUIRED',
        messageAction: config.messageAction,
      },
    };
  };
}

/** Lambda entry point. */
export const handler = buildAtColdStart(() => createUserMigrationHandler(process.env));
