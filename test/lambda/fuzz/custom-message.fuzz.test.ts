import * as fc from 'fast-check';
import { CUSTOM_MESSAGE_ENV, MESSAGE_SOURCES } from '../../../lib/private/trigger-environment';
import { loadBundle } from '../support/bundled-handler';
import { customMessageEvent, userAttributes } from '../support/cognito-events';
import { captureConsole, expectClearOutcome, outcomeOf, runFuzz, withLogs } from '../support/fuzz-runner';
import { hostileEvents, hostileString } from '../support/hostile-events';

/*
 * Fuzzing the bundled custom message trigger. Policy oracle: user-controlled attributes never
 * reach the HTML body unescaped, Cognito's code placeholder is always in the messages, and an
 * invitation always names the username placeholder.
 */
const SETTINGS = { [CUSTOM_MESSAGE_ENV.brandName]: 'Acme <Cloud>' };

const cases = fc.record({
  source: fc.oneof(fc.constantFrom(...Object.keys(MESSAGE_SOURCES)), fc.string({ maxLength: 12 })),
  name: hostileString,
  username: fc.option(fc.constantFrom('{username}', 'jane.doe'), { nil: undefined }),
}).chain(({ source, name, username }) =>
  hostileEvents(customMessageEvent(`CustomMessage_${source}`, userAttributes({ email: 'jane@example.com', given_name: name }), username), 3));

describe('fuzz: custom message (bundled)', () => {
  const { handler } = loadBundle('custom-message', SETTINGS);

  test('hostile events: a response or a TriggerError, clean logs, escaped HTML and the code placeholder', async () => {
    const calls = captureConsole();
    await runFuzz('custom-message', 'hostile events and attributes', cases, async (event) => {
      const outcome = await withLogs(calls, ['jane@example.com'], () => outcomeOf(() => handler(event)));
      expectClearOutcome(outcome);
      if (!outcome.response) {
        return;
      }
      const request = (event as { request: { codeParameter: string; userAttributes?: Record<string, unknown> } }).request;
      const { emailMessage, emailSubject, smsMessage } = outcome.response.response as Record<string, string>;
      expect([typeof emailMessage, typeof emailSubject, typeof smsMessage]).toEqual(['string', 'string', 'string']);
      expect(smsMessage).toContain(request.codeParameter);
      expect(emailMessage).toContain(request.codeParameter);
      // Markup in the body comes only from the template: every attribute's < and > arrive escaped.
      const tags = emailMessage.match(/<\/?([a-z]+)[^>]*>/g) ?? [];
      expect(tags.every((tag) => /^<\/?(p|b)>$/.test(tag))).toBe(true);
      const name = request.userAttributes?.given_name;
      if (typeof name === 'string' && /[<>"']/.test(name)) {
        expect(emailMessage).not.toContain(name);
      }
    }, { numRuns: 1_000 });
  });
});
