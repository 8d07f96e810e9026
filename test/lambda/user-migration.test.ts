import { createServer, Server } from 'http';
import { AddressInfo } from 'net';
import { userMigrationEvent } from './support/cognito-events';
import { expectOnlyClearFailures } from './support/malformed-events';
import { createUserMigrationHandler, Fetch, VerifierRequest } from '../../lambda/user-migration.lambda';
import { USER_MIGRATION_ENV } from '../../lib/private/trigger-environment';

const env = { [USER_MIGRATION_ENV.verifierUrl]: 'https://legacy.example.com/verify', [USER_MIGRATION_ENV.verifierTimeoutMillis]: '500' };

/** A legacy user store behind the verifier contract, served on 127.0.0.1. */
function legacyStore() {
  const received: VerifierRequest[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => { body += chunk.toString('utf8'); });
    request.on('end', () => {
      const ask = JSON.parse(body) as VerifierRequest;
      received.push(ask);
      if (ask.username === 'slow.user') {
        setTimeout(() => response.end('{}'), 2_000);
        return;
      }
      if (ask.username === 'broken.store') {
        response.writeHead(500).end('oops');
        return;
      }
      const known = ask.username === 'legacy.jane' && (ask.action === 'lookup' || ask.password === 'correct horse');
      response.writeHead(known ? 200 : 401, { 'content-type': 'application/json' });
      response.end(known ? JSON.stringify({ userAttributes: { 'email': 'jane@example.com', 'email_verified': 'true', 'sub': 'x', 'custom:n': 1 } }) : '{}');
    });
  });
  return { server, received };
}

describe('user migration', () => {
  const store = legacyStore();
  let fetcher: Fetch;

  beforeAll(async () => {
    await new Promise<void>((resolve) => store.server.listen(0, '127.0.0.1', resolve));
    const port = (store.server.address() as AddressInfo).port;
    // The handler insists on https; the test store speaks plain HTTP on loopback.
    fetcher = (url, init) => fetch(`http://127.0.0.1:${port}${url.pathname}`, init);
  });
  afterAll(async () => {
    store.server.closeAllConnections();
    await new Promise<void>((resolve) => store.server.close(() => resolve()));
  });
  beforeEach(() => {
    store.received.length = 0;
    jest.spyOn(console, 'info').mockImplementation(() => undefined);
  });

  test('UserMigration_Authentication: migrates a user whose password the store accepts', async () => {
    const handler = createUserMigrationHandler(env, fetcher);
    const { response } = await handler(userMigrationEvent('UserMigration_Authentication', 'correct horse'));
    expect(response).toEqual({
      userAttributes: { email: 'jane@example.com', email_verified: 'true' },
      finalUserStatus: 'CONFIRMED',
      messageAction: 'SUPPRESS',
    });
    expect(store.received).toEqual([{ action: 'authenticate', username: 'legacy.jane', password: 'correct horse' }]);
  });

  test('UserMigration_Authentication: refuses a wrong password', async () => {
    await expect(createUserMigrationHandler(env, fetcher)(userMigrationEvent('UserMigration_Authentication', 'wrong')))
      .rejects.toThrow('Bad username or password');
  });

  test('UserMigration_ForgotPassword: migrates a known user without a password, requiring a reset', async () => {
    const handler = createUserMigrationHandler({ ...env, [USER_MIGRATION_ENV.messageAction]: 'RESEND' }, fetcher);
    const { response } = await handler(userMigrationEvent('UserMigration_ForgotPassword'));
    expect(response).toMatchObject({ finalUserStatus: 'RESET_REQUIRED', messageAction: 'RESEND' });
    expect(store.received).toEqual([{ action: 'lookup', username: 'legacy.jane' }]);
  });

  test('fails clearly when the store errs or does not answer in time', async () => {
    const handler = createUserMigrationHandler(env, fetcher);
    const event = (userName: string) => ({ ...userMigrationEvent('UserMigration_Authentication', 'pw'), userName });
    await expect(handler(event('broken.store'))).rejects.toThrow('The legacy user store answered with status 500');
    await expect(handler(event('slow.user'))).rejects.toThrow('The legacy user store did not answer (TimeoutError)');
  });

  test('rejects an authentication event without a password', async () => {
    await expect(createUserMigrationHandler(env, fetcher)(userMigrationEvent('UserMigration_Authentication')))
      .rejects.toThrow('Malformed Cognito event: request.password must be a non-empty string');
  });

  test('rejects invalid settings at cold start', () => {
    expect(() => createUserMigrationHandler({})).toThrow('environment variable VERIFIER_URL must be set');
    expect(() => createUserMigrationHandler({ [USER_MIGRATION_ENV.verifierUrl]: 'http://legacy.example.com' })).toThrow('VERIFIER_URL must use https');
    expect(() => createUserMigrationHandler({ ...env, [USER_MIGRATION_ENV.verifierTimeoutMillis]: '9000' }))
      .toThrow('VERIFIER_TIMEOUT_MILLIS must be an integer between 100 and 4000');
  });

  test('never logs the password', async () => {
    const info = jest.spyOn(console, 'info').mockImplementation(() => undefined);
    await createUserMigrationHandler(env, fetcher)(userMigrationEvent('UserMigration_Authentication', 'correct horse'));
    expect(JSON.stringify(info.mock.calls)).not.toMatch(/horse|jane/);
  });

  test('property: malformed events give a response or a clear error, never a TypeError', async () => {
    await expectOnlyClearFailures(createUserMigrationHandler(env, fetcher), userMigrationEvent('UserMigration_Authentication', 'correct horse'), 100);
  });
});
