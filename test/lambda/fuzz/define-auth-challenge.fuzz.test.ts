import * as fc from 'fast-check';
import { MAGIC_LINK_ENV } from '../../../lib/private/trigger-environment';
import { loadBundle } from '../support/bundled-handler';
import { authChallengeEvent } from '../support/cognito-events';
import { captureConsole, expectClearOutcome, outcomeOf, runFuzz, withLogs } from '../support/fuzz-runner';
import { hostileEvents } from '../support/hostile-events';

/*
 * Fuzzing the bundled define auth challenge trigger. Policy oracle: tokens are issued only right
 * after a correct custom-challenge answer in a session of custom challenges only, never together
 * with a failure, and a session that has used up its attempts fails.
 */
const MAX_ATTEMPTS = 3;

const step = fc.record({
  challengeName: fc.constantFrom('CUSTOM_CHALLENGE', 'CUSTOM_CHALLENGE', 'PASSWORD_VERIFIER', 'SRP_A', 'custom_challenge'),
  challengeResult: fc.boolean(),
  challengeMetadata: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
});
const cases = fc.array(step, { maxLength: 6 })
  .chain((session) => hostileEvents(authChallengeEvent('DefineAuthChallenge_Authentication', { session }), 3));

describe('fuzz: define auth challenge (bundled)', () => {
  const { handler } = loadBundle('define-auth-challenge', { [MAGIC_LINK_ENV.maxAttempts]: String(MAX_ATTEMPTS) });

  test('hostile sessions: a response or a TriggerError, clean logs, and tokens only after a correct answer', async () => {
    const calls = captureConsole();
    await runFuzz('define-auth-challenge', 'hostile sessions', cases, async (event) => {
      const outcome = await withLogs(calls, ['jane@example.com'], () => outcomeOf(() => handler(event)));
      expectClearOutcome(outcome);
      if (!outcome.response) {
        return;
      }
      const { issueTokens, failAuthentication, challengeName } = outcome.response.response as Record<string, unknown>;
      const session = (event as { request: { session?: Array<{ challengeName: string; challengeResult: boolean }> } }).request.session ?? [];
      expect(issueTokens && failAuthentication).toBe(false);
      expect(challengeName).toBe('CUSTOM_CHALLENGE');
      if (issueTokens) {
        expect(session.length).toBeGreaterThan(0);
        expect(session.every((earlier) => earlier.challengeName === 'CUSTOM_CHALLENGE')).toBe(true);
        expect(session[session.length - 1].challengeResult).toBe(true);
      } else if (session.length >= MAX_ATTEMPTS) {
        expect(failAuthentication).toBe(true);
      }
    }, { numRuns: 1_000 });
  });
});
