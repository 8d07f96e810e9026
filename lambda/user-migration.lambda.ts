import { isRecord, optionalString, readInteger, requireString } from './shared/config';
import { invocationDeadline, runWithin } from './shared/deadline';
import { ConfigurationError, errorName, MalformedEventError, TriggerError } from './shared/errors';
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
 * is wrong. Any other answer (a redirect too: it is never followed), or none within the timeout, fails the sign-in.
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

// Attribute names Cognito could store: standard and custom: names, never an object's own machinery.
const ATTRIBUTE_NAME = /^[A-Za-z0-9_:.-]{1,64}$/;
const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

/** Creates the user migration handler, delegating the credential check to the verifier. */
export function createUserMigrationHandler(env: Record<string, string | undefined>, fetcher: Fetch = fetch) {
  const config = parseUserMigrationConfig(env);

  const fail = (triggerSource: string, reason: string, message: string): never => {
    logOutcome({ triggerSource, outcome: 'verifier-failed', reason });
    throw new TriggerError(message);
  };

  // Reads the whole answer before the deadline: a verifier that dribbles its body is as late as one that never answers.
  const exchange = async (body: VerifierRequest, signal: AbortSignal) => {
    const response = await fetcher(config.verifierUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      // Never follow a redirect: it would carry the password to another origin, possibly over plain HTTP.
      redirect: 'manual',
      signal,
    });
    const status = response.redirected ? 399 : response.status;
    if (status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      return { status, payload: undefined };
    }
    return { status, payload: await response.json().catch(() => undefined) as unknown };
  };

  const askVerifier = async (triggerSource: string, body: VerifierRequest, context: unknown): Promise<Record<string, string> | undefined> => {
    const deadline = invocationDeadline(context, config.timeoutMillis);
    let answer: { status: number; payload: unknown };
    try {
      answer = await runWithin(deadline - Date.now(), (signal) => exchange(body, signal));
    } catch (error) {
      return fail(triggerSource, errorName(error), `The legacy user store did not answer (${errorName(error)})`);
    }
    const { status, payload } = answer;
    if ([401, 403, 404].includes(status)) {
      return undefined;
    }
    if (status >= 300 && status < 400) {
      return fail(triggerSource, 'redirect', 'The legacy user store answered with a redirect, which is never followed');
    }
    if (status !== 200) {
      return fail(triggerSource, `status-${Number.isInteger(status) ? status : 0}`, `The legacy user store answered with status ${status}`);
    }
    const attributes = isRecord(payload) ? payload.userAttributes : undefined;
    if (!isRecord(attributes)) {
      return fail(triggerSource, 'no-attributes', 'The legacy user store answered without a userAttributes object');
    }
    // Only plain string attributes migrate; Cognito owns sub and every cognito: attribute.
    return Object.fromEntries(Object.entries(attributes).filter((entry): entry is [string, string] => typeof entry[1] === 'string'
      && ATTRIBUTE_NAME.test(entry[0]) && !FORBIDDEN_NAMES.has(entry[0]) && !isReservedClaim(entry[0])));
  };

  return async (event: unknown, context?: unknown) => {
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

    const userAttributes = await askVerifier(triggerSource, body, context);
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
