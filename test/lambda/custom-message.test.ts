import { customMessageEvent, userAttributes } from './support/cognito-events';
import { expectOnlyClearFailures } from './support/malformed-events';
import { createCustomMessageHandler } from '../../lambda/custom-message.lambda';
import { CUSTOM_MESSAGE_ENV } from '../../lib/private/trigger-environment';

const customMessage = createCustomMessageHandler({ [CUSTOM_MESSAGE_ENV.brandName]: 'Example & Co' });
const CODE_SOURCES = ['SignUp', 'ResendCode', 'ForgotPassword', 'UpdateUserAttribute', 'VerifyUserAttribute', 'Authentication']
  .map((suffix) => `CustomMessage_${suffix}`);

describe('custom message', () => {
  beforeEach(() => jest.spyOn(console, 'info').mockImplementation(() => undefined));

  test.each(CODE_SOURCES)('%s: a branded message carrying the code parameter', async (source) => {
    const { response } = await customMessage(customMessageEvent(source));
    expect(response.emailMessage).toContain('{####}');
    expect(response.emailMessage).toContain('Example &amp; Co');
    expect(response.emailSubject).toContain('Example & Co');
    expect(response.smsMessage).toBe('Example & Co: your code is {####}');
  });

  test('CustomMessage_AdminCreateUser: carries the username and the temporary password parameters', async () => {
    const { response } = await customMessage(customMessageEvent('CustomMessage_AdminCreateUser', userAttributes(), '{username}'));
    expect(response.emailMessage).toContain('{username}');
    expect(response.emailMessage).toContain('{####}');
    expect(response.smsMessage).toContain('{username}');
    expect(response.smsMessage).toContain('{####}');
  });

  test('HTML-escapes attribute values in the body', async () => {
    const attributes = userAttributes({ given_name: '<script>alert("x")</script>' });
    const { response } = await customMessage(customMessageEvent('CustomMessage_SignUp', attributes));
    expect(response.emailMessage).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(response.emailMessage).not.toContain('<script>');
  });

  test('uses a configured template', async () => {
    const handler = createCustomMessageHandler({
      [CUSTOM_MESSAGE_ENV.templates]: JSON.stringify({ ForgotPassword: { subject: 'Reset for {name}', body: '<p>{brand}: {code}</p>' } }),
    });
    const { response } = await handler(customMessageEvent('CustomMessage_ForgotPassword'));
    expect(response).toMatchObject({ emailSubject: 'Reset for Jane', emailMessage: '<p>our service: {####}</p>' });
  });

  test('rejects templates without the placeholders Cognito requires', () => {
    expect(() => createCustomMessageHandler({ [CUSTOM_MESSAGE_ENV.templates]: JSON.stringify({ SignUp: { subject: 's', body: 'b' } }) }))
      .toThrow('template "SignUp" lacks {code}');
    expect(() => createCustomMessageHandler({ [CUSTOM_MESSAGE_ENV.templates]: JSON.stringify({ AdminCreateUser: { subject: 's', body: '{code}' } }) }))
      .toThrow('template "AdminCreateUser" lacks {username}');
    expect(() => createCustomMessageHandler({ [CUSTOM_MESSAGE_ENV.templates]: JSON.stringify({ constructor: { subject: 's', body: '{code}' } }) }))
      .toThrow('unknown source "constructor"');
  });

  test('rejects an event without the code parameter, and an invitation without the username parameter', async () => {
    const event = customMessageEvent('CustomMessage_SignUp');
    delete (event.request as Record<string, unknown>).codeParameter;
    await expect(customMessage(event)).rejects.toThrow('Malformed Cognito event: request.codeParameter must be a non-empty string');
    await expect(customMessage(customMessageEvent('CustomMessage_AdminCreateUser')))
      .rejects.toThrow('request.usernameParameter must be a non-empty string for CustomMessage_AdminCreateUser');
  });

  test('rejects an unknown source, including inherited property names', async () => {
    for (const source of ['CustomMessage_Other', 'CustomMessage_constructor', 'CustomMessage_toString']) {
      await expect(customMessage(customMessageEvent(source))).rejects.toThrow('is not a custom message source');
    }
  });

  test('property: malformed events give a response or a clear error, never a TypeError', async () => {
    await expectOnlyClearFailures(customMessage, customMessageEvent('CustomMessage_AdminCreateUser', userAttributes(), '{username}'));
  });
});
