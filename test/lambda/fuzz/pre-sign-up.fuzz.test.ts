import * as fc from 'fast-check';
import { PRE_SIGN_UP_ENV } from '../../../lib/private/trigger-environment';
import { loadBundle } from '../support/bundled-handler';
import { preSignUpEvent, userAttributes } from '../support/cognito-events';
import { captureConsole, expectClearOutcome, outcomeOf, runFuzz, withLogs } from '../support/fuzz-runner';
import { hostileEvents } from '../support/hostile-events';

/*
 * Fuzzing the bundled pre sign-up trigger. Policy oracle: a sign-up is allowed only from an allowed
 * or trusted domain that is not blocked, whatever its spelling, and auto-confirmed only from a
 * trusted domain spelled canonically; an address that is not one well-formed mailbox never passes.
 */
const SETTINGS = {
  [PRE_SIGN_UP_ENV.allowedDomains]: 'example.com, partner.org',
  [PRE_SIGN_UP_ENV.blockedDomains]: 'spam.partner.org',
  [PRE_SIGN_UP_ENV.trustedDomains]: 'example.com',
  [PRE_SIGN_UP_ENV.requiredAttributes]: 'given_name',
};
const GIVEN_NAME = 'Zelda-Quinn';

const DOMAINS = [
  { domain: 'example.com', verdict: 'trusted' }, { domain: 'eu.example.com', verdict: 'trusted' },
  { domain: 'partner.org', verdict: 'allowed' }, { domain: 'spam.partner.org', verdict: 'blocked' },
  { domain: 'x.spam.partner.org', verdict: 'blocked' }, { domain: 'evil.net', verdict: 'outside' },
  { domain: 'example.com.evil.net', verdict: 'outside' }, { domain: 'notexample.com', verdict: 'outside' },
] as const;

const fullWidth = (text: string) => text.replace(/[a-z]/g, (letter) => String.fromCharCode(letter.charCodeAt(0) + 0xfee0));
/** Spellings of the same mailbox, and spellings that are no single mailbox at all. */
const DISGUISES: Record<string, { valid: boolean; canonical: boolean; spell: (local: string, domain: string) => string }> = {
  'none': { valid: true, canonical: true, spell: (local, domain) => `${local}@${domain}` },
  'upper': { valid: true, canonical: true, spell: (local, domain) => `${local}@${domain.toUpperCase()}` },
  'full-width': { valid: true, canonical: false, spell: (local, domain) => `${local}@${fullWidth(domain)}` },
  'trailing dot': { valid: true, canonical: false, spell: (local, domain) => `${local}@${domain}.` },
  'ideographic dots': { valid: true, canonical: false, spell: (local, domain) => `${local}@${domain.replace(/\./g, '\u3002')}` },
  'full-width dots': { valid: true, canonical: false, spell: (local, domain) => `${local}@${domain.replace(/\./g, '\uff0e')}` },
  'half-width dots': { valid: true, canonical: false, spell: (local, domain) => `${local}@${domain.replace(/\./g, '\uff61')}` },
  'zero-width space': { valid: false, canonical: false, spell: (local, domain) => `${local}@${domain.slice(0, 2)}\u200b${domain.slice(2)}` },
  'zero-width joiner': { valid: false, canonical: false, spell: (local, domain) => `${local}\u200d@${domain}` },
  'trailing space': { valid: false, canonical: false, spell: (local, domain) => `${local}@${domain} ` },
  'leading space': { valid: false, canonical: false, spell: (local, domain) => ` ${local}@${domain}` },
  'control character': { valid: false, canonical: false, spell: (local, domain) => `${local}@${domain}\u0000` },
  'right-to-left override': { valid: false, canonical: false, spell: (local, domain) => `${local}@\u202e${domain}` },
  'two @': { valid: false, canonical: false, spell: (local, domain) => `${local}@example.com@${domain}` },
  'full-width second @': { valid: false, canonical: false, spell: (local, domain) => `${local}@example.com\uff20${domain}` },
  'empty local part': { valid: false, canonical: false, spell: (_, domain) => `@${domain}` },
  'two trailing dots': { valid: false, canonical: false, spell: (local, domain) => `${local}@${domain}..` },
};

const cases = fc.record({
  source: fc.constantFrom('PreSignUp_SignUp', 'PreSignUp_AdminCreateUser', 'PreSignUp_ExternalProvider'),
  target: fc.constantFrom(...DOMAINS),
  disguise: fc.constantFrom(...Object.keys(DISGUISES)),
  local: fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,15}$/),
}).chain((spec) => {
  const email = DISGUISES[spec.disguise].spell(spec.local, spec.target.domain);
  const valid = preSignUpEvent(spec.source, userAttributes({ email, given_name: GIVEN_NAME }));
  return fc.tuple(fc.constant({ ...spec, email }), hostileEvents(valid, 3));
});

describe('fuzz: pre sign-up (bundled)', () => {
  const { handler } = loadBundle('pre-sign-up', SETTINGS);

  test('hostile events: a response or a TriggerError, clean logs, and never a forbidden sign-up', async () => {
    const calls = captureConsole();
    await runFuzz('pre-sign-up', 'hostile events and disguised domains', cases, async ([spec, event]) => {
      const outcome = await withLogs(calls, [spec.email, GIVEN_NAME], () => outcomeOf(() => handler(event)));
      expectClearOutcome(outcome);
      if (!outcome.response) {
        return;
      }
      const decision = outcome.response.response as Record<string, unknown>;
      const email = (event as { request?: { userAttributes?: { email?: unknown } } }).request?.userAttributes?.email;
      // An allow list applies: no sign-up without an address.
      expect(typeof email).toBe('string');
      expect(decision.autoVerifyPhone).toBe(false);
      expect(decision.autoVerifyEmail).toBe(decision.autoConfirmUser);
      if (email === spec.email) {
        const disguise = DISGUISES[spec.disguise];
        expect({ email, allowed: disguise.valid && spec.target.verdict !== 'blocked' && spec.target.verdict !== 'outside' })
          .toEqual({ email, allowed: true });
        if (decision.autoConfirmUser === true) {
          expect({ email, trusted: spec.target.verdict === 'trusted' && disguise.canonical }).toEqual({ email, trusted: true });
        }
      } else if (decision.autoConfirmUser === true) {
        // A mutated address is trusted only when it is plainly an address at a trusted domain.
        expect(email).toMatch(/^[^@\s]+@([a-z0-9-]+\.)*example\.com$/i);
      }
    }, { numRuns: 1_000 });
  });
});
