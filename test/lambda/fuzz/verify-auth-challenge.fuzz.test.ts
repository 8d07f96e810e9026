import { createHmac } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import * as fc from 'fast-check';
import { awsEnvironment, loadBundle, setEnvironment } from '../support/bundled-handler';
import { authChallengeEvent, USER_POOL_ID } from '../support/cognito-events';
import { FakeAwsServer } from '../support/fake-aws-server';
import { serveKmsHmac } from '../support/fake-kms-hmac';
import { captureConsole, expectClearOutcome, outcomeOf, runFuzz, withLogs } from '../support/fuzz-runner';
import { hostileEvents, hostileString } from '../support/hostile-events';
import { MAGIC_LINK_SETTINGS } from '../support/magic-link-events';

/*
 * Fuzzing the bundled verify auth challenge trigger against a KMS stand-in with a real HMAC key.
 * Policy oracle: an answer is accepted only if it is, character for character, the link issued for
 * this pool, this user and this session's nonce and expiry, and that expiry has not passed; and an
 * untouched event carrying such an answer is accepted.
 */
const HMAC_KEY = 'test-hmac-key';
const now = Math.floor(Date.now() / 1000);
const USERS = ['a1b2c3d4-5678-90ab-cdef-EXAMPLE11111', 'someone-else'];
const POOLS = [USER_POOL_ID, 'eu-west-1_Other1234'];
const NONCES = ['n'.repeat(32), 'Q5bX-2_kLmNoPqRsTuVwXyZ012345678'];
const EXPIRIES = [now + 300, now + 600, now - 5];

interface Claims { pool: string; user: string; nonce: string; expiresAt: number }
const mint = ({ pool, user, nonce, expiresAt }: Claims) =>
  `${nonce}.${expiresAt}.${createHmac('sha256', HMAC_KEY).update([pool, user, nonce, String(expiresAt)].join('\n')).digest('base64url')}`;
const claims = fc.record({
  pool: fc.constantFrom(...POOLS),
  user: fc.constantFrom(...USERS),
  nonce: fc.constantFrom(...NONCES),
  expiresAt: fc.constantFrom(...EXPIRIES),
});

/** The parts of an event the oracle reads back. */
interface Received {
  userPoolId: string;
  userName: string;
  request: { challengeAnswer: unknown; privateChallengeParameters: Record<string, string> };
}

/** Ways to spoil a token that a lenient decoder would read as the same link. */
const SPOIL: Record<string, (token: string) => string> = {
  'none': (token) => token,
  'padding': (token) => `${token}=`,
  'trailing junk': (token) => `${token}!`,
  'whitespace': (token) => ` ${token}\n`,
  'truncated': (token) => token.slice(0, -1),
  'last character changed': (token) => token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'),
  'upper-cased': (token) => token.toUpperCase(),
  'standard base64': (token) => token.replace(/-/g, '+').replace(/_/g, '/'),
  'zero-width inside': (token) => token.replace('.', '.\u200b'),
};

// Half the cases answer with the session's own link, so acceptance is exercised as much as refusal.
const cases = fc.record({
  token: claims,
  other: fc.option(claims, { freq: 2 }),
  spoil: fc.oneof({ weight: 4, arbitrary: fc.constant('none') }, { weight: 4, arbitrary: fc.constantFrom(...Object.keys(SPOIL)) }),
  junk: fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: hostileString }),
}).chain(({ token, other, spoil, junk }) => {
  const event = other ?? token;
  const answer = junk ?? SPOIL[spoil](mint(token));
  const valid = {
    ...authChallengeEvent('VerifyAuthChallengeResponse_Authentication', {
      privateChallengeParameters: { nonce: event.nonce, expiresAt: String(event.expiresAt) },
      challengeAnswer: answer,
    }),
    userPoolId: event.pool,
    userName: event.user,
  };
  return fc.tuple(fc.constant(valid as unknown as Received), hostileEvents(valid, 2));
});

describe('fuzz: verify auth challenge (bundled)', () => {
  const kms = serveKmsHmac(new FakeAwsServer(), HMAC_KEY);
  let restore: () => void;
  let handler: (event: unknown) => Promise<unknown>;

  beforeAll(async () => {
    restore = setEnvironment(awsEnvironment(await kms.start()));
    handler = loadBundle('verify-auth-challenge', MAGIC_LINK_SETTINGS).handler;
  });
  afterAll(async () => {
    restore();
    await kms.stop();
  });

  test('hostile answers and events: a response or a TriggerError, clean logs, and only the right link accepted', async () => {
    const calls = captureConsole();
    let accepted = 0;
    await runFuzz('verify-auth-challenge', 'hostile answers and events', cases, async ([valid, event]) => {
      const outcome = await withLogs(calls, [String(valid.request.challengeAnswer).trim(), ...NONCES, 'jane@example.com'], () => outcomeOf(() => handler(event)));
      expectClearOutcome(outcome);
      const e = event as Received;
      const expected = () => mint({
        pool: e.userPoolId,
        user: e.userName,
        nonce: e.request.privateChallengeParameters.nonce,
        expiresAt: Number(e.request.privateChallengeParameters.expiresAt),
      });
      const correct = outcome.response !== undefined && (outcome.response.response as { answerCorrect: unknown }).answerCorrect === true;
      if (correct) {
        accepted += 1;
        expect(e.request.challengeAnswer).toBe(expected());
        expect(Number(e.request.privateChallengeParameters.expiresAt)).toBeGreaterThan(Math.floor(Date.now() / 1000));
      }
      if (isDeepStrictEqual(event, valid)) {
        const right = valid.request.challengeAnswer === mint({
          pool: valid.userPoolId,
          user: valid.userName,
          nonce: valid.request.privateChallengeParameters.nonce,
          expiresAt: Number(valid.request.privateChallengeParameters.expiresAt),
        });
        const live = Number(valid.request.privateChallengeParameters.expiresAt) > now;
        expect({ answer: valid.request.challengeAnswer, correct }).toEqual({ answer: valid.request.challengeAnswer, correct: right && live });
      }
    }, { numRuns: 500, concurrency: 8 });
    // The oracle is only as good as the cases that reach acceptance.
    process.stdout.write(`fuzz verify-auth-challenge: ${accepted} answers accepted\n`);
    expect(accepted).toBeGreaterThan(25);
  });
});
