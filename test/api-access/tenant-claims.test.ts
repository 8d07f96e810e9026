import { generateKeyPairSync, sign } from 'crypto';
import { readFileSync } from 'fs';
import { join } from 'path';
import * as ts from 'typescript';
import { captureLogs, loadBundle } from '../lambda/support/bundled-handler';
import { preTokenEvent, USER_POOL_ID, userAttributes } from '../lambda/support/cognito-events';
import { saasSystem } from '../saas-auth-system/saas-fixtures';

const CLIENT_ID = '1example23456789';
const ISSUER = `https://cognito-idp.eu-west-1.amazonaws.com/${USER_POOL_ID}`;

/** The tenant-check snippet of docs/api-access.md, compiled and loaded as a backend would. */
function docsTenantCheck(): { verifier: any; authorizeTenant: (authorization: string | undefined, tenantId: string) => Promise<any> } {
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'api-access.md'), 'utf-8');
  const snippet = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]).find((source) => source.includes('authorizeTenant'))!;
  const { outputText } = ts.transpileModule(snippet, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
  const module = { exports: {} as any };
  process.env.USER_POOL_ID = USER_POOL_ID;
  process.env.CLIENT_ID = CLIENT_ID;
  new Function('module', 'exports', 'require', outputText)(module, module.exports, require);
  return module.exports;
}

/** A key pair standing in for the pool's signing key, and an access token signed with it. */
function tokenSigner() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const accessToken = (claims: object) => {
    const now = Math.floor(Date.now() / 1000);
    const body = `${encode({ kid: 'test-key', alg: 'RS256' })}.${encode({
      sub: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111',
      iss: ISSUER,
      client_id: CLIENT_ID,
      token_use: 'access',
      scope: 'openid email',
      auth_time: now,
      iat: now,
      exp: now + 900,
      jti: 'id-1',
      username: 'jane',
      ...claims,
    })}`;
    return `${body}.${sign('RSA-SHA256', Buffer.from(body), privateKey).toString('base64url')}`;
  };
  return { jwks: { keys: [jwk] }, accessToken };
}

describe('tenant and tier claims reach access tokens', () => {
  const { template } = saasSystem();
  const synthesized = template();

  test('SaasAuthSystem runs on PLUS by default and wires pre token generation with the V2 event', () => {
    const pool = Object.values(synthesized.findResources('AWS::Cognito::UserPool'))[0] as any;
    expect(pool.Properties.UserPoolTier).toBe('PLUS');
    expect(pool.Properties.LambdaConfig.PreTokenGenerationConfig.LambdaVersion).toBe('V2_0');
  });

  test('the bundled trigger, configured as synthesized, puts tenant and tier into the access token; the docs check enforces them', async () => {
    captureLogs();
    const environment = Object.values(synthesized.findResources('AWS::Lambda::Function'))
      .map((fn: any) => fn.Properties.Environment?.Variables ?? {})
      .find((variables) => variables.TIER_ATTRIBUTE !== undefined);
    const strings = Object.fromEntries(Object.entries(environment).filter(([, value]) => typeof value === 'string')) as Record<string, string>;
    const { handler } = loadBundle('pre-token-generation', strings);
    const attributes = userAttributes({ 'custom:tenant_id': 'acme', 'custom:subscription_tier': 'gold' });
    const result = await handler(preTokenEvent('2', 'TokenGeneration_Authentication', attributes, ['tenant-acme']));
    const claims = result.response.claimsAndScopeOverrideDetails.accessTokenGeneration.claimsToAddOrOverride;
    expect(claims).toMatchObject({ tenant_id: 'acme', subscription_tier: 'gold', roles: ['tenant-acme'] });

    const { jwks, accessToken } = tokenSigner();
    const { verifier, authorizeTenant } = docsTenantCheck();
    verifier.cacheJwks(jwks);
    const token = accessToken(claims);
    await expect(authorizeTenant(`Bearer ${token}`, 'acme')).resolves.toMatchObject({ tenant_id: 'acme', subscription_tier: 'gold' });
    await expect(authorizeTenant(`Bearer ${token}`, 'globex')).rejects.toThrow('Forbidden: the token belongs to another tenant');
    // A token of another client, or an ID token, is refused before the tenant is looked at.
    await expect(authorizeTenant(accessToken({ ...claims, client_id: 'other-client' }), 'acme')).rejects.toThrow(/client/i);
    await expect(authorizeTenant(accessToken({ ...claims, token_use: 'id' }), 'acme')).rejects.toThrow(/token use/i);
    // A token signed by anyone else fails the signature check.
    await expect(authorizeTenant(tokenSigner().accessToken(claims), 'acme')).rejects.toThrow();
  });
});
