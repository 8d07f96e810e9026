import { captureLogs, loadBundle } from '../support/bundled-handler';
import { authChallengeEvent, preTokenEvent } from '../support/cognito-events';

/*
 * Found by the fuzz suite: lists in an event were used through their own methods, so a list
 * carrying a `constructor` field crashed define auth challenge with a TypeError, and a sparse
 * group list passed pre token generation's check and put a non-string into the roles claim.
 */
describe('lists in events are read as plain lists', () => {
  beforeEach(() => {
    captureLogs();
  });

  test('define auth challenge: a session list with its own constructor field is read by its entries', async () => {
    const { handler } = loadBundle('define-auth-challenge', {});
    const session = [{ challengeName: 'CUSTOM_CHALLENGE', challengeResult: true }];
    Object.defineProperty(session, 'constructor', { value: 'not a constructor', enumerable: true });
    await expect(handler(authChallengeEvent('DefineAuthChallenge_Authentication', { session })))
      .resolves.toHaveProperty('response.issueTokens', true);
  });

  test('pre token generation: a group list with a hole is malformed', async () => {
    const { handler } = loadBundle('pre-token-generation', {});
    // eslint-disable-next-line no-sparse-arrays
    const event = preTokenEvent('2', 'TokenGeneration_HostedAuth', undefined, ['admins', , 'users'] as string[]);
    await expect(handler(event)).rejects.toMatchObject({ name: 'MalformedEventError', message: expect.stringContaining('groupsToOverride must be a list of strings') });
  });
});
