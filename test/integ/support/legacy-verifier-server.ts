import { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import { readBody, sendJson } from './http-json';
import { closeServer, listenOnFreePort, LOOPBACK } from './local-ports';
import { LoopbackCertificate } from './loopback-certificate';

/** A user of the legacy store. */
export interface LegacyUser {
  readonly password: string;
  readonly userAttributes: Record<string, string>;
}

/** A request the legacy verifier received. */
export interface VerifierCall {
  readonly action: string;
  readonly username: string;
}

/** The legacy user store's credential check, reachable over HTTPS on the loopback address. */
export interface LegacyVerifierServer {
  readonly url: string;
  readonly calls: readonly VerifierCall[];
  /** Retires the store: every later request is answered 503, as a decommissioned service would. */
  retire(): void;
  close(): Promise<void>;
}

/**
 * Implements the verifier contract of the user migration trigger: `authenticate` answers 200 with
 * the user's attributes when the password matches and 401 when it does not; `lookup` answers 200
 * with the attributes; both answer 404 for an unknown user.
 */
export async function startLegacyVerifier(certificate: LoopbackCertificate, users: Record<string, LegacyUser>): Promise<LegacyVerifierServer> {
  const calls: VerifierCall[] = [];
  let retired = false;

  const verify = async (request: IncomingMessage, response: ServerResponse) => {
    const body = JSON.parse(await readBody(request)) as { action: string; username: string; password?: string };
    calls.push({ action: body.action, username: body.username });
    const user = users[body.username];
    if (retired) {
      sendJson(response, 503, { message: 'Retired' });
    } else if (request.method !== 'POST' || !['authenticate', 'lookup'].includes(body.action)) {
      sendJson(response, 400, { message: 'Unsupported request' });
    } else if (!user) {
      sendJson(response, 404, { message: 'Unknown user' });
    } else if (body.action === 'authenticate' && user.password !== body.password) {
      sendJson(response, 401, { message: 'Wrong password' });
    } else {
      sendJson(response, 200, { userAttributes: user.userAttributes });
    }
  };

  const server = createServer(certificate, (request, response) => {
    verify(request, response).catch(() => sendJson(response, 500, { message: 'Verifier failure' }));
  });
  const port = await listenOnFreePort(server);
  return {
    url: `https://${LOOPBACK}:${port}/verify`,
    calls,
    retire: () => { retired = true; },
    close: () => closeServer(server),
  };
}
