import { randomBytes } from 'crypto';
import { GenerateMacCommand, KMSClient } from '@aws-sdk/client-kms';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { callAws } from './shared/aws-call';
import { readSession } from './shared/challenge-session';
import { optionalString, readInteger, requireString } from './shared/config';
import { invocationDeadline } from './shared/deadline';
import { emailAllowance } from './shared/email-allowance';
import { ConfigurationError, MalformedEventError } from './shared/errors';
import { readCommonEvent } from './shared/event';
import { buildAtColdStart } from './shared/handler';
import { logOutcome } from './shared/log';
import { formatMetadata, formatToken, macMessage, MagicLinkClaims, parseMetadata } from './shared/magic-link-token';
import { TRIGGER_SDK_OPTIONS } from './shared/sdk-options';
import { MAGIC_LINK_ENV, SETTING_BOUNDS } from '../lib/private/trigger-environment';

/** Settings read from the environment. */
export interface CreateAuthChallengeConfig {
  readonly keyId: string;
  readonly senderAddress: string;
  readonly baseUrl: string;
  readonly ttlSeconds: number;
  readonly emailSubject: string;
  readonly maxEmailsPerUser: number;
}

/** Parses and validates the environment. */
export function parseCreateAuthChallengeConfig(env: Record<string, string | undefined>): CreateAuthChallengeConfig {
  const baseUrl = requireString(env, MAGIC_LINK_ENV.baseUrl);
  if (!URL.canParse(baseUrl) || new URL(baseUrl).protocol !== 'https:' || baseUrl.includes('#')) {
    throw new ConfigurationError(MAGIC_LINK_ENV.baseUrl, 'must be an absolute https URL without a fragment');
  }
  return {
    keyId: requireString(env, MAGIC_LINK_ENV.keyId),
    senderAddress: requireString(env, MAGIC_LINK_ENV.senderAddress),
    baseUrl,
    ttlSeconds: readInteger(env, MAGIC_LINK_ENV.ttlSeconds, SETTING_BOUNDS.magicLinkTtlSeconds),
    emailSubject: optionalString(env, MAGIC_LINK_ENV.emailSubject) ?? 'Your sign-in link',
    maxEmailsPerUser: readInteger(env, MAGIC_LINK_ENV.maxEmailsPerUser, SETTING_BOUNDS.magicLinkMaxEmailsPerUser),
  };
}

/** The AWS clients the handler calls; replaceable for tests. */
export interface CreateAuthChallengeClients {
  readonly kms: KMSClient;
  readonly ses: SESv2Client;
}

/**
 * Every new challenge answers after at least this long, whether a link was emailed, the user is
 * unknown or unverified, or their allowance is spent: above what KMS and SES usually take, so the
 * answer's timing does not tell these cases apart.
 */
export const MIN_RESPONSE_MILLIS = 600;

/** Creates the create auth challenge handler: signs a single-use link with KMS and emails it through SES. */
export function createCreateAuthChallengeHandler(
  env: Record<string, string | undefined>,
  clients: CreateAuthChallengeClients = { kms: new KMSClient(TRIGGER_SDK_OPTIONS), ses: new SESv2Client(TRIGGER_SDK_OPTIONS) },
  // Replaceable for tests of what the handler answers rather than when.
  minResponseMillis = MIN_RESPONSE_MILLIS,
) {
  const config = parseCreateAuthChallengeConfig(env);
  const allowance = emailAllowance(config.maxEmailsPerUser);

  /** Issues a new link: the MAC is computed for every user, known or not, and only a verified address receives it. */
  const issue = async (claims: MagicLinkClaims, recipient: string | undefined, deadline: number) => {
    const { Mac } = await callAws('KMS GenerateMac', deadline, (abortSignal) => clients.kms.send(new GenerateMacCommand({
      KeyId: config.keyId,
      MacAlgorithm: 'HMAC_SHA_256',
      Message: macMessage(claims),
    }), { abortSignal }));
    if (!recipient) {
      return 'no-recipient';
    }
    if (!Mac || !allowance(`${claims.userPoolId}\n${claims.userName}`)) {
      return Mac ? 'email-cap-reached' : 'no-mac';
    }
    // The token travels in the fragment, so it never reaches a server log or a Referer header.
    const link = `${config.baseUrl}#magic_link=${formatToken(claims.nonce, claims.expiresAt, Mac)}`;
    const note = `(once, within ${Math.round(config.ttlSeconds / 60)} min)`;
    await callAws('SES SendEmail', deadline, (abortSignal) => clients.ses.send(new SendEmailCommand({
      FromEmailAddress: config.senderAddress,
      Destination: { ToAddresses: [recipient] },
      Content: {
        Simple: {
          Subject: { Data: config.emailSubject },
          Body: { Text: { Data: `Sign in ${note}: ${link}` }, Html: { Data: `<a href="${link}">Sign in</a> ${note}` } },
        },
      },
    }), { abortSignal }));
    return 'link-sent';
  };

  return async (event: unknown, context?: unknown) => {
    const start = Date.now();
    const { triggerSource, userPoolId, userName, request, userAttributes } = readCommonEvent(event, 'CreateAuthChallenge_');
    if (triggerSource !== 'CreateAuthChallenge_Authentication' || request.challengeName !== 'CUSTOM_CHALLENGE') {
      throw new MalformedEventError('triggerSource', 'must be CreateAuthChallenge_Authentication with challengeName CUSTOM_CHALLENGE');
    }
    const now = Math.floor(start / 1000);
    let issued = readSession(request).map((step) => parseMetadata(step.challengeMetadata))
      .filter((earlier) => earlier !== undefined && earlier.expiresAt > now).pop();
    let outcome = 'link-reused';
    try {
      if (!issued) {
        issued = { nonce: randomBytes(24).toString('base64url'), expiresAt: now + config.ttlSeconds };
        // An unverified address is not the user's until proven, so it never receives a sign-in link.
        const recipient = request.userNotFound !== true && userAttributes.email_verified === 'true' ? userAttributes.email : undefined;
        outcome = await issue({ userPoolId, userName, ...issued }, recipient, invocationDeadline(context));
      }
    } finally {
      // Known, unknown and capped users answer after the same delay, whatever happened.
      // Never negative: Node warns about a negative delay, and KMS and SES may take longer than the floor.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, start + minResponseMillis - Date.now())));
    }
    logOutcome({ triggerSource, outcome });
    return {
      ...(event as object),
      response: {
        publicChallengeParameters: { delivery: 'EMAIL', expiresAt: String(issued.expiresAt) },
        privateChallengeParameters: { nonce: issued.nonce, expiresAt: String(issued.expiresAt) },
        challengeMetadata: formatMetadata(issued.nonce, issued.expiresAt),
      },
    };
  };
}

/** Lambda entry point. */
export const handler = buildAtColdStart(() => createCreateAuthChallengeHandler(process.env));
