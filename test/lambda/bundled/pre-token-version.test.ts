import { captureLogs, loadBundle } from '../support/bundled-handler';
import { preTokenEvent } from '../support/cognito-events';

/*
 * Cognito sends `version` as a string. Any other value is a malformed event: the bundled pre
 * token generation trigger must say so with a TriggerError, never crash with a TypeError while
 * turning it into text.
 */
const { handler } = loadBundle('pre-token-generation', {});
const withVersion = (version: unknown) => ({ ...preTokenEvent('1', 'TokenGeneration_HostedAuth'), version });

describe('pre token generation: the event version', () => {
  beforeEach(() => {
    captureLogs();
  });

  test.each([
    ['an object that cannot become text', JSON.parse('{"toString": 1, "valueOf": 1}')],
    ['an object without a prototype', Object.create(null)],
    ['an object', {}],
    ['a list', ['2']],
    ['a number', 2],
    ['a boolean', true],
  ])('%s is a malformed event', async (_, version) => {
    await expect(handler(withVersion(version))).rejects.toMatchObject({ name: 'MalformedEventError', message: 'Malformed Cognito event: version must be a string' });
  });

  test('a missing version is read as 1; "2" and "3" get the V2 shape; another string the V1 shape', async () => {
    await expect(handler(withVersion(undefined))).resolves.toHaveProperty('response.claimsOverrideDetails');
    await expect(handler(withVersion('2'))).resolves.toHaveProperty('response.claimsAndScopeOverrideDetails');
    await expect(handler(withVersion('3'))).resolves.toHaveProperty('response.claimsAndScopeOverrideDetails');
    await expect(handler(withVersion('9'))).resolves.toHaveProperty('response.claimsOverrideDetails');
  });
});
