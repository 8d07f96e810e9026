import { authChallengeEvent } from './support/cognito-events';
import { expectOnlyClearFailures } from './support/malformed-events';
import { createDefineAuthChallengeHandler } from '../../lambda/define-auth-challenge.lambda';
import { MAGIC_LINK_ENV } from '../../lib/private/trigger-environment';

const define = createDefineAuthChallengeHandler({ [MAGIC_LINK_ENV.maxAttempts]: '3' });
const step = (challengeResult: boolean, challengeName = 'CUSTOM_CHALLENGE') => ({ challengeName, challengeResult, challengeMetadata: 'MAGIC_LINK:n:1' });
const eventWith = (session: unknown[]) => authChallengeEvent('DefineAuthChallenge_Authentication', { session });

describe('define auth challenge', () => {
  beforeEach(() => jest.spyOn(console, 'info').mockImplementation(() => undefined));

  test('DefineAuthChallenge_Authentication: starts with the magic-link challenge', async () => {
    const { response } = await define(eventWith([]));
    expect(response).toEqual({ challengeName: 'CUSTOM_CHALLENGE', issueTokens: false, failAuthentication: false });
  });

  test('issues tokens once the link is verified', async () => {
    const { response } = await define(eventWith([step(false), step(true)]));
    expect(response).toMatchObject({ issueTokens: true, failAuthentication: false });
  });

  test('lets the user retry until the attempt limit, then fails', async () => {
    await expect(define(eventWith([step(false), step(false)]))).resolves.toHaveProperty('response.failAuthentication', false);
    await expect(define(eventWith([step(false), step(false), step(false)]))).resolves.toHaveProperty('response.failAuthentication', true);
  });

  test('fails a session that contains any other challenge', async () => {
    const { response } = await define(eventWith([step(true, 'SRP_A')]));
    expect(response).toMatchObject({ issueTokens: false, failAuthentication: true });
  });

  test('rejects a malformed session and invalid settings', async () => {
    await expect(define(eventWith([{ challengeName: 'CUSTOM_CHALLENGE' }])))
      .rejects.toThrow('Malformed Cognito event: request.session[0] must have a string challengeName and boolean challengeResult');
    expect(() => createDefineAuthChallengeHandler({ [MAGIC_LINK_ENV.maxAttempts]: '0' })).toThrow('MAGIC_LINK_MAX_ATTEMPTS must be an integer between 1 and 10');
  });

  test('property: malformed events give a response or a clear error, never a TypeError', async () => {
    await expectOnlyClearFailures(define, eventWith([step(false), step(false)]));
  });
});
