import { PRE_SIGN_UP_ENV } from '../../../lib/private/trigger-environment';
import { captureLogs, loadBundle } from '../support/bundled-handler';
import { preSignUpEvent, userAttributes } from '../support/cognito-events';

/*
 * A block list holds only if every spelling of a blocked domain is recognised: the bundled pre
 * sign-up trigger compares addresses and listed domains in one canonical form and refuses what
 * is not a single well-formed address.
 */
const SETTINGS = {
  [PRE_SIGN_UP_ENV.blockedDomains]: 'blocked.com, ＢＡＤ。example',
  [PRE_SIGN_UP_ENV.trustedDomains]: 'example.com',
};
const { handler } = loadBundle('pre-sign-up', SETTINGS);
const signUp = (email: string) => handler(preSignUpEvent('PreSignUp_SignUp', userAttributes({ email })));

describe('pre sign-up: spellings of a blocked domain', () => {
  beforeEach(() => {
    captureLogs();
  });

  test.each([
    ['a trailing dot', 'eve@blocked.com.'],
    ['upper case', 'eve@BLOCKED.COM'],
    ['full-width letters', 'eve@ｂｌｏｃｋｅｄ.com'],
    ['an ideographic full stop', 'eve@blocked。com'],
    ['a full-width full stop', 'eve@blocked．com'],
    ['a half-width ideographic full stop', 'eve@blocked｡com'],
    ['a subdomain with a trailing dot', 'eve@mail.blocked.com.'],
    ['a domain listed in another spelling', 'eve@bad.example'],
    ['an IDNA spelling of a listed domain', 'eve@ｂａｄ.example.'],
  ])('%s is blocked: %s', async (_, email) => {
    await expect(signUp(email)).rejects.toMatchObject({ name: 'TriggerError', message: 'Sign-up with this email domain is not allowed' });
  });

  test.each([
    ['a zero-width space', 'eve@blo\u200bcked.com'],
    ['a zero-width joiner', 'eve@blocked\u200d.com'],
    ['a byte-order mark', 'eve@\ufeffblocked.com'],
    ['a trailing space', 'eve@blocked.com '],
    ['a leading space', ' eve@blocked.com'],
    ['a tab', 'eve@blocked.com\t'],
    ['a control character', 'eve@blocked.com\u0000'],
    ['a right-to-left override', 'eve@\u202emoc.dekcolb'],
    ['two @', 'eve@example.com@blocked.com'],
    ['a full-width second @', 'eve@example.com＠blocked.com'],
    ['an empty local part', '@blocked.com'],
    ['two trailing dots', 'eve@blocked.com..'],
    ['an empty label', 'eve@blocked..com'],
  ])('%s is not a valid address: %j', async (_, email) => {
    await expect(signUp(email)).rejects.toMatchObject({ name: 'TriggerError', message: 'The email address is not valid' });
  });

  test('a trusted domain is trusted only in its canonical spelling', async () => {
    await expect(signUp('jane@example.com')).resolves.toHaveProperty('response.autoConfirmUser', true);
    await expect(signUp('jane@Example.COM')).resolves.toHaveProperty('response.autoConfirmUser', true);
    // Still allowed, but confirmed by code: Cognito would mark the address, as spelled, verified.
    await expect(signUp('jane@ｅｘａｍｐｌｅ.com')).resolves.toHaveProperty('response.autoConfirmUser', false);
    await expect(signUp('jane@example.com.')).resolves.toHaveProperty('response.autoVerifyEmail', false);
  });

  test('an internationalised domain outside the lists signs up normally', async () => {
    await expect(signUp('jürgen@bücher.de')).resolves.toHaveProperty('response.autoConfirmUser', false);
  });

  test('a listed entry that is not a domain fails at cold start', async () => {
    const { handler: misconfigured } = loadBundle('pre-sign-up', { [PRE_SIGN_UP_ENV.blockedDomains]: 'blocked.com, not a domain' });
    await expect(misconfigured(preSignUpEvent('PreSignUp_SignUp'))).rejects.toThrow('BLOCKED_EMAIL_DOMAINS lists "not a domain", which is not a domain');
  });
});
