import { randomBytes } from 'crypto';
import { GenerateMacCommand, KMSClient } from '@aws-sdk/client-kms';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { readSession } from './shared/challenge-session';
import { optionalString, readInteger, requireString } from './shared/config';
import { ConfigurationError, MalformedEventError, TriggerError } from './shared/errors';
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
  };
}

/** The AWS clients the handler calls; replaceable for tests. */
export interface CreateAuthChallengeClients {
  readonly kms: KMSClient;
  readonly ses: SESv2Client;
}

/** Creates the create auth challenge handler: signs a single-use link with KMS and emails it through SES. */
export function createCreateAuthChallengeHandler(
  env: Record<string, string | undefined>,
  clients: CreateAuthChallengeClients = { kms: new KMSClient(TRIGGER_SDK_OPTIONS), ses: new SESv2Client(TRIGGER_SDK_OPTIONS) },
) {
  const config = parseCreateAuthChallengeConfig(env);

  const sendLink = async (claims: MagicLinkClaims, email: string) => {
    const { Mac } = await clients.kms.send(new GenerateMacCommand({
      KeyId: config.keyId,
      MacAlgorithm: 'HMAC_SHA_256',
      Message: macMessage(claims),
    }));
    if (!Mac) {
      throw new TriggerError('KMS returned no MAC for the sign-in link');
    }
    // The token travels in the fragment, so it never reaches a server log or a Referer header.
    const link = `${config.baseUrl}#magic_link=${formatToken(claims.nonce, claims.expiresAt, Mac)}`;
    const note = `(once, within ${Math.round(config.ttlSeconds / 60)} min)`;
    await clients.ses.send(new SendEmailCommand({
      FromEmailAddress: config.senderAddress,
      Destination: { ToAddresses: [email] },
      Content: {
        Simple: {
          Subject: { Data: config.emailSubject },
          Body: { Text: { Data: `Sign in ${note}: ${link}` }, Html: { Data: `<a href="${link}">Sign in</a> ${note}` } },
        },
      },
    }));
  };

  return async (event: unknown) => {
    const { triggerSource, userPoolId, userName, request, userAttributes } = readCommonEvent(event, 'CreateAuthChallenge_');
    if (triggerSource !== 'CreateAuthChallenge_Authentication' || request.challengeName !== 'CUSTOM_CHALLENGE') {
      throw new MalformedEventError('triggerSource', 'must be CreateAuthChallenge_Authentication with challengeName CUSTOM_CHALLENGE');
    }
    const now = Math.floor(Date.now() / 1000);
    let issued = readSession(request).map((step) => parseMetadata(step.challengeMetadata))
      .filter((earlier) => earlier !== undefined && earlier.expiresAt > now).pop();
    let outcome = 'link-reused';
    if (!issued) {
      issued = { nonce: randomBytes(24).toString('base64url'), expiresAt: now + config.ttlSeconds };
      // Without a verified recipient the challenge cannot be answered, and the response does not reveal whether the
      // user exists. An unverified address is not the user's until proven, so it never receives a sign-in link.
      const recipient = request.userNotFound !== true && userAttributes.email_verified === 'true' ? userAttributes.email : undefined;
      outcome = recipient ? 'link-sent' : 'no-recipient';
      if (recipient) {
        await sendLink({ userPoolId, userName, ...issued }, recipient);
      }
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
