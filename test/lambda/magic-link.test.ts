import { KMSClient } from '@aws-sdk/client-kms';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { authChallengeEvent, userAttributes } from './support/cognito-events';
import { FakeAwsServer, fakeClientConfig } from './support/fake-aws-server';
import { serveKmsHmac } from './support/fake-kms-hmac';
import { expectOnlyClearFailures } from './support/malformed-events';
import { createCreateAuthChallengeHandler, MIN_RESPONSE_MILLIS } from '../../lambda/create-auth-challenge.lambda';
import { createVerifyAuthChallengeHandler } from '../../lambda/verify-auth-challenge.lambda';
import { MAGIC_LINK_ENV } from '../../lib/private/trigger-environment';

const env = {
  [MAGIC_LINK_ENV.keyId]: 'arn:aws:kms:eu-west-1:111111111111:key/hmac',
  [MAGIC_LINK_ENV.senderAddress]: 'no-reply@example.com',
  [MAGIC_LINK_ENV.baseUrl]: 'https://app.example.com/sign-in',
  [MAGIC_LINK_ENV.ttlSeconds]: '300',
};
const SEND_EMAIL = 'POST /v2/email/outbound-emails';
// What the handler answers is tested without its constant answer time, which one test checks here
// and test/lambda/bundled/magic-link-enumeration.test.ts measures across the cases it hides.
const AT_ONCE = 0;

describe('magic link: create and verify auth challenge', () => {
  const aws = serveKmsHmac(new FakeAwsServer()).on(SEND_EMAIL, () => ({ status: 200, body: { MessageId: 'm-1' } }));
  let kms: KMSClient;
  let ses: SESv2Client;
  let create: ReturnType<typeof createCreateAuthChallengeHandler>;
  let verify: ReturnType<typeof createVerifyAuthChallengeHandler>;

  beforeAll(async () => {
    const endpoint = await aws.start();
    kms = new KMSClient(fakeClientConfig(endpoint));
    ses = new SESv2Client(fakeClientConfig(endpoint));
    create = createCreateAuthChallengeHandler(env, { kms, ses }, AT_ONCE);
    verify = createVerifyAuthChallengeHandler(env, kms);
  });
  afterAll(async () => {
    kms.destroy();
    ses.destroy();
    await aws.stop();
  });
  beforeEach(() => {
    aws.requests.length = 0;
    jest.spyOn(console, 'info').mockImplementation(() => undefined);
  });

  const createEvent = (session: unknown[] = [], extra: Record<string, unknown> = {}) =>
    authChallengeEvent('CreateAuthChallenge_Authentication', { challengeName: 'CUSTOM_CHALLENGE', session, ...extra });
  const verifyEvent = (privateChallengeParameters: Record<string, string>, challengeAnswer: string) =>
    authChallengeEvent('VerifyAuthChallengeResponse_Authentication', { privateChallengeParameters, challengeAnswer });

  /** Runs create and returns what the app and Cognito would hold. */
  async function issueLink() {
    // A fresh instance each time: one instance caps the emails it sends to one user.
    const { response } = await createCreateAuthChallengeHandler(env, { kms, ses }, AT_ONCE)(createEvent());
    type SentEmail = { Content: { Simple: { Body: { Text: { Data: string } } } } };
    const email = aws.requests.find((request) => request.operation === SEND_EMAIL)!.body as SentEmail;
    const link = /https:\/\/\S+/.exec(email.Content.Simple.Body.Text.Data)![0];
    const token = new URLSearchParams(new URL(link).hash.slice(1)).get('magic_link')!;
    return { response, link, token };
  }

  test('CreateAuthChallenge_Authentication: emails a signed link to the user through SES', async () => {
    const { response, link } = await issueLink();
    expect(link.startsWith('https://app.example.com/sign-in#magic_link=')).toBe(true);
    expect(aws.requests.map((request) => request.operation)).toEqual(['GenerateMac', SEND_EMAIL]);
    expect(aws.requests[1].body).toMatchObject({ FromEmailAddress: 'no-reply@example.com', Destination: { ToAddresses: ['jane@example.com'] } });
    expect(response.publicChallengeParameters).toEqual({ delivery: 'EMAIL', expiresAt: expect.stringMatching(/^\d+$/) });
    expect(JSON.stringify(response.publicChallengeParameters)).not.toContain('@');
    expect(response.challengeMetadata).toBe(`MAGIC_LINK:${response.privateChallengeParameters.nonce}:${response.privateChallengeParameters.expiresAt}`);
  });

  test('VerifyAuthChallengeResponse_Authentication: accepts the link it issued', async () => {
    const { response, token } = await issueLink();
    const verified = await verify(verifyEvent(response.privateChallengeParameters, token));
    expect(verified.response).toEqual({ answerCorrect: true });
  });

  test('refuses a link from another session, a tampered link and an expired one', async () => {
    const first = await issueLink();
    const second = await issueLink();
    await expect(verify(verifyEvent(second.response.privateChallengeParameters, first.token))).resolves.toHaveProperty('response.answerCorrect', false);

    const [nonce, expiresAt, mac] = first.token.split('.');
    const tampered = `${nonce}.${expiresAt}.${Buffer.from('forged').toString('base64url')}${mac.slice(8)}`;
    await expect(verify(verifyEvent(first.response.privateChallengeParameters, tampered))).resolves.toHaveProperty('response.answerCorrect', false);

    jest.useFakeTimers({ now: Date.now() + 301_000, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'queueMicrotask'] });
    try {
      await expect(verify(verifyEvent(first.response.privateChallengeParameters, first.token))).resolves.toHaveProperty('response.answerCorrect', false);
    } finally {
      jest.useRealTimers();
    }
  });

  test('refuses a link issued for another user', async () => {
    const { response, token } = await issueLink();
    const event = { ...verifyEvent(response.privateChallengeParameters, token), userName: 'someone-else' };
    await expect(verify(event)).resolves.toHaveProperty('response.answerCorrect', false);
  });

  test('refuses garbage answers without calling KMS', async () => {
    const { response } = await issueLink();
    aws.requests.length = 0;
    for (const answer of ['', 'x', 'a.b.c', '../../etc']) {
      await expect(verify(verifyEvent(response.privateChallengeParameters, answer))).resolves.toHaveProperty('response.answerCorrect', false);
    }
    expect(aws.requests).toHaveLength(0);
  });

  test('reuses the link already sent when the user retries in the same session', async () => {
    const { response } = await issueLink();
    aws.requests.length = 0;
    const retry = await create(createEvent([{ challengeName: 'CUSTOM_CHALLENGE', challengeResult: false, challengeMetadata: response.challengeMetadata }]));
    expect(retry.response.privateChallengeParameters).toEqual(response.privateChallengeParameters);
    expect(aws.requests).toHaveLength(0);
  });

  test('sends nothing for an unknown user, without revealing it', async () => {
    const { response } = await create(createEvent([], { userNotFound: true }));
    // The MAC is computed all the same, so an unknown user costs the same work as a known one.
    expect(aws.requests.map((request) => request.operation)).toEqual(['GenerateMac']);
    expect(response.publicChallengeParameters).toEqual({ delivery: 'EMAIL', expiresAt: expect.any(String) });
  });

  test('answers no sooner than MIN_RESPONSE_MILLIS by default, even when there is nothing to send', async () => {
    const padded = createCreateAuthChallengeHandler(env, { kms, ses });
    const started = Date.now();
    await padded(createEvent([], { userNotFound: true }));
    // Timers never fire early; the clock's millisecond may tick over just before the call.
    expect(Date.now() - started).toBeGreaterThanOrEqual(MIN_RESPONSE_MILLIS - 1);
  });

  test('sends nothing to an unverified address, without revealing it', async () => {
    const { response } = await create(createEvent([], { userAttributes: userAttributes({ email_verified: 'false' }) }));
    expect(aws.requests.map((request) => request.operation)).toEqual(['GenerateMac']);
    expect(response.publicChallengeParameters).toEqual({ delivery: 'EMAIL', expiresAt: expect.any(String) });
  });

  test('never logs the link, the token or the address', async () => {
    const info = jest.spyOn(console, 'info').mockImplementation(() => undefined);
    const { response, token } = await issueLink();
    await verify(verifyEvent(response.privateChallengeParameters, token));
    const logged = JSON.stringify(info.mock.calls);
    expect(logged).not.toContain(token.split('.')[0]);
    expect(logged).not.toMatch(/@|https:/);
  });

  test('rejects invalid settings at cold start', () => {
    expect(() => createCreateAuthChallengeHandler({ ...env, [MAGIC_LINK_ENV.baseUrl]: 'http://app.example.com' }, { kms, ses }))
      .toThrow('MAGIC_LINK_BASE_URL must be an absolute https URL without a fragment');
    expect(() => createCreateAuthChallengeHandler({ ...env, [MAGIC_LINK_ENV.ttlSeconds]: '3600' }, { kms, ses }))
      .toThrow('MAGIC_LINK_TTL_SECONDS must be an integer between 60 and 900');
    expect(() => createVerifyAuthChallengeHandler({}, kms)).toThrow('MAGIC_LINK_KEY_ID must be set');
  });

  test('property: malformed create events give a response or a clear error, never a TypeError', async () => {
    await expectOnlyClearFailures(create, createEvent([{ challengeName: 'CUSTOM_CHALLENGE', challengeResult: false, challengeMetadata: 'MAGIC_LINK:n:1' }]), 100);
  });

  test('property: malformed verify events give a response or a clear error, never a TypeError', async () => {
    const { response, token } = await issueLink();
    await expectOnlyClearFailures(verify, verifyEvent(response.privateChallengeParameters, token), 100);
  });
});

test('a user without an email address gets a challenge but no email', async () => {
  jest.spyOn(console, 'info').mockImplementation(() => undefined);
  const kmsOnly = serveKmsHmac(new FakeAwsServer());
  const endpoint = await kmsOnly.start();
  const clients = { kms: new KMSClient(fakeClientConfig(endpoint)), ses: new SESv2Client(fakeClientConfig(endpoint)) };
  const attributes = userAttributes();
  delete attributes.email;
  const event = { ...authChallengeEvent('CreateAuthChallenge_Authentication', { challengeName: 'CUSTOM_CHALLENGE', session: [] }) };
  (event.request as Record<string, unknown>).userAttributes = attributes;
  await expect(createCreateAuthChallengeHandler(env, clients, AT_ONCE)(event)).resolves.toHaveProperty('response.challengeMetadata');
  expect(kmsOnly.requests.map((request) => request.operation)).toEqual(['GenerateMac']);
  await kmsOnly.stop();
});
