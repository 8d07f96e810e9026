import { authChallengeEvent } from './cognito-events';
import { MAGIC_LINK_ENV } from '../../../lib/private/trigger-environment';

/** The magic-link triggers' settings, as the construct sets them. */
export const MAGIC_LINK_SETTINGS = {
  [MAGIC_LINK_ENV.keyId]: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  [MAGIC_LINK_ENV.senderAddress]: 'no-reply@example.com',
  [MAGIC_LINK_ENV.baseUrl]: 'https://app.example.com/sign-in',
  [MAGIC_LINK_ENV.ttlSeconds]: '300',
};

/** The SES v2 SendEmail operation, as the fake AWS server names it. */
export const SEND_EMAIL = 'POST /v2/email/outbound-emails';

/** A create auth challenge event for a new session. */
export function createChallengeEvent(request: Record<string, unknown> = {}) {
  return authChallengeEvent('CreateAuthChallenge_Authentication', { challengeName: 'CUSTOM_CHALLENGE', session: [], ...request });
}

/** A verify event whose answer has the shape of a link token, so the handler asks KMS to check its MAC. */
export function wellFormedVerifyEvent() {
  const nonce = 'n'.repeat(32);
  const expiresAt = String(Math.floor(Date.now() / 1000) + 300);
  return authChallengeEvent('VerifyAuthChallengeResponse_Authentication', {
    privateChallengeParameters: { nonce, expiresAt },
    challengeAnswer: `${nonce}.${expiresAt}.${'A'.repeat(43)}`,
  });
}

/** The token of the link in an email the fake SES received. */
export function tokenFromEmail(body: Record<string, unknown>): string {
  const text = (body as { Content: { Simple: { Body: { Text: { Data: string } } } } }).Content.Simple.Body.Text.Data;
  const link = /https:\/\/\S+/.exec(text)![0];
  return new URLSearchParams(new URL(link).hash.slice(1)).get('magic_link')!;
}
