import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { USER_MIGRATION_ENV } from '../../../lib/private/trigger-environment';
import { captureLogs, loadBundle, settledWithin } from '../support/bundled-handler';
import { userMigrationEvent } from '../support/cognito-events';
import { StallingServer } from '../support/stalling-servers';

type Fetch = (url: URL, init: RequestInit) => Promise<Response>;
type Factory = (env: Record<string, string>, fetcher: Fetch) => (event: unknown, context?: unknown) => Promise<unknown>;

const PASSWORD = 'correct horse battery';
const SETTINGS = { [USER_MIGRATION_ENV.verifierUrl]: 'https://legacy.example.com/verify', [USER_MIGRATION_ENV.verifierTimeoutMillis]: '500' };
const createUserMigrationHandler = loadBundle('user-migration', SETTINGS).createUserMigrationHandler as Factory;

/** The global fetch, sent to a plain-HTTP loopback server in place of the verifier's https URL; redirects are its own business. */
const fetchVia = (base: string): Fetch => (url, init) => fetch(`${base}${url.pathname}`, init);

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) {
    body += (chunk as Buffer).toString('utf8');
  }
  return body;
}

describe('user migration: the verifier answers with a redirect', () => {
  // What a redirect target received: with the password, it could answer for any user.
  const stolen: string[] = [];
  const attacker = createServer((request, response) => {
    void readBody(request).then((body) => {
      stolen.push(body);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ userAttributes: { email: 'attacker@evil.example', email_verified: 'true' } }));
    });
  });
  let status = 307;
  let attackerUrl: string;
  const verifier = createServer((request, response) => {
    void readBody(request).then(() => {
      response.writeHead(status, { location: `${attackerUrl}/steal` });
      response.end();
    });
  });
  let fetcher: Fetch;

  beforeAll(async () => {
    attackerUrl = await listen(attacker);
    fetcher = fetchVia(await listen(verifier));
  });
  afterAll(async () => {
    await Promise.all([attacker, verifier].map((server) => new Promise((resolve) => server.close(resolve))));
  });

  test.each([301, 302, 303, 307, 308])('%i: never follows it, fails the sign-in with a TriggerError and logs only a reason code', async (code) => {
    status = code;
    stolen.length = 0;
    const logs = captureLogs();
    const handler = createUserMigrationHandler(SETTINGS, fetcher);
    await expect(handler(userMigrationEvent('UserMigration_Authentication', PASSWORD)))
      .rejects.toMatchObject({ name: 'TriggerError', message: 'The legacy user store answered with a redirect, which is never followed' });
    expect(stolen).toEqual([]);
    expect(logs.text()).toContain('"reason":"redirect"');
    expect(logs.text()).not.toMatch(/horse|legacy\.jane|attacker/);
  });

  test('a fetch that follows redirects anyway does not migrate the user either', async () => {
    status = 307;
    const following: Fetch = (url, init) => fetcher(url, { ...init, redirect: 'follow' });
    await expect(createUserMigrationHandler(SETTINGS, following)(userMigrationEvent('UserMigration_ForgotPassword')))
      .rejects.toThrow('The legacy user store answered with a redirect, which is never followed');
  });
});

describe.each(['silent', 'dribble-headers', 'dribble-body'] as const)('user migration: a verifier that is %s', (mode) => {
  const stalling = new StallingServer(mode);
  let fetcher: Fetch;

  beforeAll(async () => {
    fetcher = fetchVia(await stalling.start());
  });
  afterAll(() => stalling.stop());

  test('ends at the configured verifier timeout with a clear TriggerError', async () => {
    captureLogs();
    const outcome = await settledWithin(createUserMigrationHandler(SETTINGS, fetcher)(userMigrationEvent('UserMigration_Authentication', PASSWORD)), 5_000);
    expect(outcome.late).toBeUndefined();
    expect(outcome.elapsed).toBeLessThan(1_500);
    expect(outcome.error).toMatchObject({ name: 'TriggerError', message: 'The legacy user store did not answer (TimeoutError)' });
  });

  test('ends before the Lambda function runs out of time, even with a longer verifier timeout', async () => {
    captureLogs();
    const handler = createUserMigrationHandler({ ...SETTINGS, [USER_MIGRATION_ENV.verifierTimeoutMillis]: '4000' }, fetcher);
    const context = { getRemainingTimeInMillis: () => 1_000 };
    const outcome = await settledWithin(handler(userMigrationEvent('UserMigration_Authentication', PASSWORD), context), 5_000);
    expect(outcome.late).toBeUndefined();
    expect(outcome.elapsed).toBeLessThan(1_500);
    expect(outcome.error).toMatchObject({ name: 'TriggerError', message: 'The legacy user store did not answer (TimeoutError)' });
  });
});
