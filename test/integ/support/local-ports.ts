import { createServer, Server } from 'node:net';

/** The loopback address every local test server binds to: nothing is reachable from outside the machine. */
export const LOOPBACK = '127.0.0.1';

/** Resolves once the server listens on a free loopback port, with that port. */
export function listenOnFreePort(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('Server has no TCP address'));
        return;
      }
      resolve(address.port);
    });
  });
}

/** Resolves once the server has closed. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}

/** A loopback port that was free a moment ago, for a child process that must be told its port up front. */
export async function reserveFreePort(): Promise<number> {
  const probe = createServer();
  const port = await listenOnFreePort(probe);
  await closeServer(probe);
  return port;
}
