import { CUSTOM_MESSAGE_ENV } from '../../../lib/private/trigger-environment';
import { captureLogs, loadBundle } from '../support/bundled-handler';
import { customMessageEvent, userAttributes } from '../support/cognito-events';

/*
 * A user chooses their own given_name. Written as a placeholder, it must reach the message as
 * text: never become Cognito's code or username parameter, which Cognito fills in afterwards.
 */
const { handler } = loadBundle('custom-message', {
  [CUSTOM_MESSAGE_ENV.brandName]: 'Example {name}',
  [CUSTOM_MESSAGE_ENV.templates]: JSON.stringify({
    AdminCreateUser: { subject: 'Hi {name} from {brand}', body: '<p>{name}: {username} / {code}</p>' },
  }),
});

describe('custom message: placeholders inside values', () => {
  beforeEach(() => {
    captureLogs();
  });

  test.each(['{code}', '{username}', '{brand}', '{name}'])('a given_name of %s stays text', async (givenName) => {
    const event = customMessageEvent('CustomMessage_AdminCreateUser', userAttributes({ given_name: givenName }), '{username}');
    const { response } = await handler(event);
    expect(response.emailSubject).toBe(`Hi ${givenName} from Example {name}`);
    expect(response.emailMessage).toBe(`<p>${givenName}: {username} / {####}</p>`);
  });
});
