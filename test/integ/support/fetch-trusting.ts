import { request } from 'node:https';

/** The fetch signature the user migration handler accepts in place of the global fetch. */
export type Fetch = (url: URL, init: RequestInit) => Promise<Response>;

/**
 * A fetch that trusts one extra certificate authority. Node's global fetch trusts only the
 * bundled public CAs and reads NODE_EXTRA_CA_CERTS once at process start, too early for a
 * certificate issued by the test.
 */
export function fetchTrusting(certificateAuthority: string): Fetch {
  return (url, init) => new Promise((resolve, reject) => {
    const outgoing = request(url, {
      method: init.method,
      headers: init.headers as Record<string, string>,
      ca: certificateAuthority,
      signal: init.signal ?? undefined,
    }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => resolve(new Response(Buffer.concat(chunks), { status: incoming.statusCode })));
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(init.body as string | undefined);
  });
}
