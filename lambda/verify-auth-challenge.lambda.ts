import { KMSClient, VerifyMacCommand } from '@aws-sdk/client-kms';
import { awsErrorReason, callAws } from './shared/aws-call';
import { requireString } from './shared/config';
import { invocationDeadline } from './shared/deadline';
import { MalformedEventError } from './shared/errors';
import { readCommonEvent, readStringAttributes } from './shared/event';
import { buildAtColdStart } from './shared/handler';
import { logOutcome } from './shared/log';
import { constantTimeEquals, macMessage, parseToken } from './shared/magic-link-token';
import { TRIGGER_SDK_OPTIONS } from './shared/sdk-options';
import { MAGIC_LINK_ENV } from '../lib/private/trigger-environment';

/** Creates the verify auth challenge handler: checks the link's nonce, expiry and KMS MAC. */
export function createVerifyAuthChallengeHandler(
  env: Record<string, string | undefined>,
  kms: KMSClient = new KMSClient(TRIGGER_SDK_OPTIONS),
) {
  const keyId = requireString(env, MAGIC_LINK_ENV.keyId);

  const macIsValid = async (message: Uint8Array, mac: Uint8Array, deadline: number) => {
    try {
      const { MacValid } = await callAws('KMS VerifyMac', deadline, (abortSignal) =>
        kms.send(new VerifyMacCommand({ KeyId: keyId, MacAlgorithm: 'HMAC_SHA_256', Message: message, Mac: mac }), { abortSignal }));
      return MacValid === true;
    } catch (error) {
      if (awsErrorReason(error) === 'KMSInvalidMacException') {
        return false;
      }
      throw error;
    }
  };

  return async (event: unknown, context?: unknown) => {
    const { triggerSource, userPoolId, userName, request } = readCommonEvent(event, 'VerifyAuthChallengeResponse_');
    if (triggerSource !== 'VerifyAuthChallengeResponse_Authentication') {
      throw new MalformedEventError('triggerSource', `is not a verify auth challenge source (received: "${triggerSource}")`);
    }
    const expected = readStringAttributes(request.privateChallengeParameters, 'request.privateChallengeParameters');
    if (!expected.nonce || !/^\d+$/.test(expected.expiresAt ?? '')) {
      throw new MalformedEventError('request.privateChallengeParameters', 'must carry the nonce and expiresAt of the issued link');
    }
    const answer = typeof request.challengeAnswer === 'string' ? parseToken(request.challengeAnswer) : undefined;

    let reason = 'accepted';
    if (!answer || !constantTimeEquals(answer.nonce, expected.nonce) || answer.expiresAt !== Number(expected.expiresAt)) {
      reason = 'not-this-link';
    } else if (answer.expiresAt <= Math.floor(Date.now() / 1000)) {
      reason = 'expired';
    } else if (!await macIsValid(macMessage({ userPoolId, userName, ...answer }), answer.mac, invocationDeadline(context))) {
      reason = 'bad-signature';
    }
    logOutcome({ triggerSource, outcome: reason });
    return { ...(event as object), response: { answerCorrect: reason === 'accepted' } };
  };
}

/** Lambda entry point. */
export const handler = buildAtColdStart(() => createVerifyAuthChallengeHandler(process.env));
