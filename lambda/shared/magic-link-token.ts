import { timingSafeEqual } from 'crypto';

/** What a link binds together: the pool, the user, a single-use nonce and an expiry (epoch seconds). */
export interface MagicLinkClaims {
  readonly userPoolId: string;
  readonly userName: string;
  readonly nonce: string;
  readonly expiresAt: number;
}

/** Prefix of the challenge metadata that remembers an issued link across retries in one session. */
export const MAGIC_LINK_METADATA_PREFIX = 'MAGIC_LINK:';

/** The bytes the KMS HMAC key signs. */
export function macMessage(claims: MagicLinkClaims): Uint8Array {
  return Buffer.from([claims.userPoolId, claims.userName, claims.nonce, String(claims.expiresAt)].join('\n'), 'utf8');
}

/** The secret part of the link: nonce, expiry and MAC, each URL-safe. */
export function formatToken(nonce: string, expiresAt: number, mac: Uint8Array): string {
  return `${nonce}.${expiresAt}.${Buffer.from(mac).toString('base64url')}`;
}

/** Splits a token into its parts, or returns undefined when it is not one. */
export function parseToken(token: string): { nonce: string; expiresAt: number; mac: Buffer } | undefined {
  const parts = token.split('.');
  // An HMAC-SHA-256 is 32 bytes: exactly 43 base64url characters, so no other spelling decodes to the same MAC.
  if (parts.length !== 3 || !/^[A-Za-z0-9_-]{16,64}$/.test(parts[0]) || !/^\d{1,12}$/.test(parts[1]) || !/^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/.test(parts[2])) {
    return undefined;
  }
  return { nonce: parts[0], expiresAt: Number(parts[1]), mac: Buffer.from(parts[2], 'base64url') };
}

/** Compares two strings in constant time with respect to their contents. */
export function constantTimeEquals(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Metadata recorded with the challenge so a retry in the same session reuses the link already sent. */
export function formatMetadata(nonce: string, expiresAt: number): string {
  return `${MAGIC_LINK_METADATA_PREFIX}${nonce}:${expiresAt}`;
}

/** Reads metadata written by formatMetadata. */
export function parseMetadata(metadata: unknown): { nonce: string; expiresAt: number } | undefined {
  if (typeof metadata !== 'string' || !metadata.startsWith(MAGIC_LINK_METADATA_PREFIX)) {
    return undefined;
  }
  const [nonce, expiresAt] = metadata.slice(MAGIC_LINK_METADATA_PREFIX.length).split(':');
  return nonce && /^\d+$/.test(expiresAt ?? '') ? { nonce, expiresAt: Number(expiresAt) } : undefined;
}
