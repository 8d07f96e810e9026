import * as fc from 'fast-check';
import { isReservedClaim, PRE_TOKEN_GENERATION_ENV } from '../../../lib/private/trigger-environment';
import { loadBundle } from '../support/bundled-handler';
import { preTokenEvent, userAttributes } from '../support/cognito-events';
import { captureConsole, expectClearOutcome, outcomeOf, runFuzz, withLogs } from '../support/fuzz-runner';
import { hostileEvents, hostileString } from '../support/hostile-events';

/*
 * Fuzzing the bundled pre token generation trigger. Policy oracle: it emits only the claims its
 * configuration names (mapped claims, tenant, tier, roles), never a reserved claim, with string
 * values (a list of strings for V2 roles), and adds exactly the configured scopes.
 */
const SETTINGS = {
  [PRE_TOKEN_GENERATION_ENV.claimMapping]: JSON.stringify({ department: 'custom:department', plan: 'custom:plan' }),
  [PRE_TOKEN_GENERATION_ENV.accessTokenScopes]: 'api/read,api/write',
};
const ALLOWED_CLAIMS = new Set(['department', 'plan', 'tenant_id', 'subscription_tier', 'roles']);
const SOURCES = ['TokenGeneration_HostedAuth', 'TokenGeneration_Authentication', 'TokenGeneration_NewPasswordChallenge', 'TokenGeneration_RefreshTokens'];

const cases = fc.record({
  version: fc.constantFrom('1', '2', '3') as fc.Arbitrary<'1' | '2'>,
  source: fc.constantFrom(...SOURCES),
  attributes: fc.dictionary(fc.oneof(fc.constantFrom('custom:department', 'custom:plan', 'custom:tenant_id', 'custom:tier', 'sub', 'cognito:groups',
    'email', 'exp', 'iss', '__proto__', 'constructor'), fc.string({ maxLength: 12 })), hostileString, { maxKeys: 6 }),
  groups: fc.array(hostileString, { maxLength: 4 }),
}).chain(({ version, source, attributes, groups }) => {
  const valid = preTokenEvent(version, source, userAttributes({ 'email': 'jane@example.com', 'custom:department': 'R&D', ...attributes }), groups);
  return hostileEvents(valid, 3);
});

describe('fuzz: pre token generation (bundled)', () => {
  const { handler } = loadBundle('pre-token-generation', SETTINGS);

  test('hostile events: a response or a TriggerError, clean logs, and only configured claims', async () => {
    const calls = captureConsole();
    await runFuzz('pre-token-generation', 'hostile events and attributes', cases, async (event) => {
      const outcome = await withLogs(calls, ['jane@example.com', 'R&D'], () => outcomeOf(() => handler(event)));
      expectClearOutcome(outcome);
      if (!outcome.response) {
        return;
      }
      const response = outcome.response.response as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
      const v2 = response.claimsAndScopeOverrideDetails;
      const added = v2 ? [v2.idTokenGeneration.claimsToAddOrOverride, v2.accessTokenGeneration.claimsToAddOrOverride]
        : [response.claimsOverrideDetails.claimsToAddOrOverride];
      for (const claims of added) {
        for (const [claim, value] of Object.entries(claims)) {
          expect({ claim, allowed: ALLOWED_CLAIMS.has(claim) && !isReservedClaim(claim) }).toEqual({ claim, allowed: true });
          const listOfStrings = Array.isArray(value) && value.every((entry) => typeof entry === 'string');
          expect({ claim, typed: typeof value === 'string' || (v2 !== undefined && claim === 'roles' && listOfStrings) }).toEqual({ claim, typed: true });
        }
        expect(Object.getPrototypeOf(claims)).toBe(Object.prototype);
      }
      if (v2) {
        expect(v2.accessTokenGeneration.scopesToAdd).toEqual(['api/read', 'api/write']);
      }
    }, { numRuns: 1_000 });
  });
});
