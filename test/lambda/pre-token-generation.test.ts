import { preTokenEvent, userAttributes } from './support/cognito-events';
import { expectOnlyClearFailures } from './support/malformed-events';
import { createPreTokenGenerationHandler } from '../../lambda/pre-token-generation.lambda';
import { PRE_TOKEN_GENERATION_ENV } from '../../lib/private/trigger-environment';

const env = {
  [PRE_TOKEN_GENERATION_ENV.claimMapping]: JSON.stringify({ department: 'custom:department' }),
  [PRE_TOKEN_GENERATION_ENV.accessTokenScopes]: 'api/read,api/write',
};
const preToken = createPreTokenGenerationHandler(env);
const attributes = userAttributes({ 'custom:tenant_id': 'acme', 'custom:tier': 'gold', 'custom:department': 'sales' });
const V1_SOURCES = ['TokenGeneration_HostedAuth', 'TokenGeneration_Authentication', 'TokenGeneration_NewPasswordChallenge',
  'TokenGeneration_AuthenticateDevice', 'TokenGeneration_RefreshTokens'];

describe('pre token generation', () => {
  beforeEach(() => jest.spyOn(console, 'info').mockImplementation(() => undefined));

  test.each(V1_SOURCES)('V2 %s: adds claims to both tokens and scopes to the access token', async (source) => {
    const result = await preToken(preTokenEvent('2', source, attributes, ['admins', 'tenant-acme']));
    const claims = { department: 'sales', tenant_id: 'acme', subscription_tier: 'gold', roles: ['admins', 'tenant-acme'] };
    expect(result.response).toEqual({
      claimsAndScopeOverrideDetails: {
        idTokenGeneration: { claimsToAddOrOverride: claims },
        accessTokenGeneration: { claimsToAddOrOverride: claims, scopesToAdd: ['api/read', 'api/write'] },
      },
    });
  });

  test.each(V1_SOURCES)('V1 %s: adds string claims to the ID token', async (source) => {
    const result = await preToken(preTokenEvent('1', source, attributes, ['admins', 'tenant-acme']));
    expect(result.response).toEqual({
      claimsOverrideDetails: {
        claimsToAddOrOverride: { department: 'sales', tenant_id: 'acme', subscription_tier: 'gold', roles: 'admins,tenant-acme' },
      },
    });
  });

  test('leaves out claims whose attributes the user lacks', async () => {
    const result = await preToken(preTokenEvent('2', 'TokenGeneration_Authentication', userAttributes()));
    expect(result.response).toHaveProperty('claimsAndScopeOverrideDetails.idTokenGeneration.claimsToAddOrOverride', { roles: [] });
  });

  test('never maps a user attribute onto a reserved claim', () => {
    for (const claim of ['sub', 'iss', 'aud', 'exp', 'iat', 'token_use', 'cognito:groups', 'roles']) {
      expect(() => createPreTokenGenerationHandler({ [PRE_TOKEN_GENERATION_ENV.claimMapping]: JSON.stringify({ [claim]: 'custom:x' }) }))
        .toThrow(`maps onto the reserved claim "${claim}"`);
    }
  });

  test('rejects a claim mapping that is not a JSON object of strings', () => {
    expect(() => createPreTokenGenerationHandler({ [PRE_TOKEN_GENERATION_ENV.claimMapping]: '[1]' })).toThrow('CLAIM_MAPPING must be a JSON object');
    expect(() => createPreTokenGenerationHandler({ [PRE_TOKEN_GENERATION_ENV.claimMapping]: '{"a":1}' })).toThrow('key "a" is not');
  });

  test('rejects a group list that is not a list of strings', async () => {
    const event = preTokenEvent('2', 'TokenGeneration_Authentication');
    (event.request as Record<string, unknown>).groupConfiguration = { groupsToOverride: 'admins' };
    await expect(preToken(event)).rejects.toThrow('Malformed Cognito event: request.groupConfiguration.groupsToOverride must be a list of strings');
  });

  test('property (V1 and V2): malformed events give a response or a clear error, never a TypeError', async () => {
    await expectOnlyClearFailures(preToken, preTokenEvent('2', 'TokenGeneration_Authentication', attributes, ['admins']));
    await expectOnlyClearFailures(preToken, preTokenEvent('1', 'TokenGeneration_HostedAuth', attributes, ['admins']));
  });
});
