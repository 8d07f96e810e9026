import { JwtVerifier } from 'aws-jwt-verify';
import { Fetcher } from 'aws-jwt-verify/https';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import { JwtPayload } from 'aws-jwt-verify/jwt-model';

/** Where a pool's tokens come from and which app client they are for. */
export interface TokenIssuer {
  readonly endpoint: string;
  readonly userPoolId: string;
  readonly clientId: string;
}

/** Verifies a token's signature against the pool's JWKS, then its issuer, audience, use and expiry. */
export interface TokenVerifier {
  verify(token: string): Promise<JwtPayload>;
}

// aws-jwt-verify's own fetcher speaks HTTPS only; the emulator serves its JWKS over plain HTTP.
const loopbackHttpFetcher: Fetcher = {
  fetch: async (uri) => {
    const response = await fetch(uri);
    if (!response.ok) {
      throw new Error(`JWKS request to ${uri} failed with status ${response.status}`);
    }
    return response.arrayBuffer();
  },
};

function requireClaim(payload: JwtPayload, claim: string, expected: string): void {
  if (payload[claim] !== expected) {
    throw new Error(`Expected claim ${claim} to be "${expected}" (received: "${String(payload[claim])}")`);
  }
}

/**
 * Verifiers for the pool's ID and access tokens. Cognito puts the app client id in the ID token's
 * `aud` but in the access token's `client_id` (an access token has no `aud`), and marks each
 * token's purpose in `token_use`. Expiry is checked by the verifier itself (no grace period).
 */
export function tokenVerifiers(issuer: TokenIssuer): { idToken: TokenVerifier; accessToken: TokenVerifier } {
  const { endpoint, userPoolId, clientId } = issuer;
  const base = {
    issuer: `${endpoint}/${userPoolId}`,
    jwksUri: `${endpoint}/${userPoolId}/.well-known/jwks.json`,
    graceSeconds: 0,
  };
  const jwksCache = new SimpleJwksCache({ fetcher: loopbackHttpFetcher });
  const idToken = JwtVerifier.create({
    ...base,
    audience: clientId,
    customJwtCheck: ({ payload }) => requireClaim(payload, 'token_use', 'id'),
  }, { jwksCache });
  const accessToken = JwtVerifier.create({
    ...base,
    audience: null,
    customJwtCheck: ({ payload }) => {
      requireClaim(payload, 'token_use', 'access');
      requireClaim(payload, 'client_id', clientId);
    },
  }, { jwksCache });
  return { idToken, accessToken };
}
