/**
 * Replaces asset hashes in snapshots so a handler edit does not churn every snapshot.
 * Logical IDs are never touched: they are what the snapshots exist to pin.
 */
const ASSET_HASH = /[a-f0-9]{64}(\.zip|\.json)?/g;

export function test(value: unknown): boolean {
  return typeof value === 'string' && value.match(ASSET_HASH) !== null;
}

export function serialize(value: string): string {
  return `"${value.replace(ASSET_HASH, (_match, extension?: string) => `[HASH REMOVED]${extension ?? ''}`)}"`;
}
