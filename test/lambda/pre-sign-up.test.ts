import { preSignUpEvent, userAttributes } from './support/cognito-events';
import { expectOnlyClearFailures } from './support/malformed-events';
import { createPreSignUpHandler, handler } from '../../lambda/pre-sign-up.lambda';
import { PRE_SIGN_UP_ENV } from '../../lib/private/trigger-environment';

const env = {
  [PRE_SIGN_UP_ENV.allowedDomains]: 'example.com, partner.org',
  [PRE_SIGN_UP_ENV.blockedDomains]: 'blocked.com',
  [PRE_SIGN_UP_ENV.trustedDomains]: 'example.com',
  [PRE_SIGN_UP_ENV.requiredAttributes]: 'given_name',
};
const preSignUp = createPreSignUpHandler(env);
const SOURCES = ['PreSignUp_SignUp', 'PreSignUp_AdminCreateUser', 'PreSignUp_ExternalProvider'];

describe('pre sign-up', () => {
  test.each(SOURCES)('%s: confirms and verifies a user from a trusted domain', async (source) => {
    const result = await preSignUp(preSignUpEvent(source));
    expect(result.response).toEqual({ autoConfirmUser: true, autoVerifyEmail: true, autoVerifyPhone: false });
    expect(result).toMatchObject({ triggerSource: source, userName: expect.any(String) });
  });

  test.each(SOURCES)('%s: lets an allowed, untrusted domain sign up with a code', async (source) => {
    const result = await preSignUp(preSignUpEvent(source, userAttributes({ email: 'sam@PARTNER.org' })));
    expect(result.response).toEqual({ autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false });
  });

  test.each(SOURCES)('%s: rejects a blocked domain', async (source) => {
    await expect(preSignUp(preSignUpEvent(source, userAttributes({ email: 'eve@blocked.com' }))))
      .rejects.toThrow('Sign-up with this email domain is not allowed');
  });

  test('rejects subdomains of a blocked domain and domains outside the allow list', async () => {
    for (const email of ['eve@mail.blocked.com', 'joe@elsewhere.net']) {
      await expect(preSignUp(preSignUpEvent('PreSignUp_SignUp', userAttributes({ email })))).rejects.toThrow(/not allowed/);
    }
  });

  test('accepts a subdomain of a trusted domain as trusted', async () => {
    const result = await preSignUp(preSignUpEvent('PreSignUp_SignUp', userAttributes({ email: 'ann@eu.example.com' })));
    expect(result.response.autoConfirmUser).toBe(true);
  });

  test('rejects a missing required attribute, naming the attribute only', async () => {
    const attributes = userAttributes();
    delete attributes.given_name;
    await expect(preSignUp(preSignUpEvent('PreSignUp_SignUp', attributes))).rejects.toThrow('Missing required attribute: given_name');
  });

  test('rejects an address without a domain and a missing address when an allow list applies', async () => {
    await expect(preSignUp(preSignUpEvent('PreSignUp_SignUp', userAttributes({ email: 'jane@' })))).rejects.toThrow('The email address is not valid');
    const attributes = userAttributes();
    delete attributes.email;
    await expect(preSignUp(preSignUpEvent('PreSignUp_SignUp', attributes))).rejects.toThrow('An email address is required to sign up');
  });

  test('blocks external-provider sign-ups when configured', async () => {
    const blocking = createPreSignUpHandler({ ...env, [PRE_SIGN_UP_ENV.blockExternalProviders]: 'true' });
    await expect(blocking(preSignUpEvent('PreSignUp_ExternalProvider'))).rejects.toThrow(/external identity provider is not allowed/);
    await expect(blocking(preSignUpEvent('PreSignUp_SignUp'))).resolves.toBeDefined();
  });

  test('without settings, lets everyone sign up with a code', async () => {
    const open = createPreSignUpHandler({});
    const result = await open(preSignUpEvent('PreSignUp_SignUp', { email: 'x@anything.io' }));
    expect(result.response).toEqual({ autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false });
  });

  test('rejects an unknown pre sign-up source', async () => {
    await expect(preSignUp(preSignUpEvent('PreSignUp_Other'))).rejects.toThrow('Malformed Cognito event: triggerSource is not a pre sign-up source');
  });

  test('rejects invalid settings at cold start with the variable name', () => {
    expect(() => createPreSignUpHandler({ [PRE_SIGN_UP_ENV.blockExternalProviders]: 'yes' }))
      .toThrow('Invalid trigger configuration: environment variable BLOCK_EXTERNAL_PROVIDERS must be "true" or "false" (received: "yes")');
  });

  test('the Lambda entry point runs with the environment it started with', async () => {
    const result = await handler(preSignUpEvent('PreSignUp_SignUp'));
    expect(result).toHaveProperty('response.autoConfirmUser', false);
  });

  test('logs no email address', async () => {
    const info = jest.spyOn(console, 'info').mockImplementation(() => undefined);
    await preSignUp(preSignUpEvent('PreSignUp_SignUp'));
    await preSignUp(preSignUpEvent('PreSignUp_SignUp', userAttributes({ email: 'eve@blocked.com' }))).catch(() => undefined);
    expect(JSON.stringify(info.mock.calls)).not.toMatch(/@/);
    expect(info.mock.calls[0][0]).toMatchObject({ triggerSource: 'PreSignUp_SignUp', outcome: 'allowed' });
    info.mockRestore();
  });

  test('property: malformed events give a response or a clear error, never a TypeError', async () => {
    jest.spyOn(console, 'info').mockImplementation(() => undefined);
    await expectOnlyClearFailures(preSignUp, preSignUpEvent('PreSignUp_SignUp'));
  });
});
