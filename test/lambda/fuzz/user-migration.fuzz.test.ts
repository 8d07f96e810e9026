import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import * as fc from 'fast-check';
import { isReservedClaim, USER_MIGRATION_ENV } from '../../../lib/private/trigger-environment';
import { loadBundle } from '../support/bundled-handler';
import { userMigrationEvent } from '../support/cognito-events';
import { captureConsole, expectClearOutcome, outcomeOf, runFuzz, withLogs } from '../support/fuzz-runner';
import { hostileEvents, hostileString } from '../support/hostile-events';

/*
 * Fuzzing the bundled user migration trigger against a verifier that answers anything: any status,
 * redirects to another server, bodies of any shape. Policy oracle: a user migrates only on a 200
 * answer with a userAttributes object, with only the plain string attributes Cognito may store;
 * a redirect is never followed; neither password nor address reaches a log line.
 */
type Fetch = (url: URL, init: RequestInit) => Promise<Response>;
type Factory = (env: Record<string, string>, fetcher: Fetch) => (event: unknown) => Promise<unknown>;

const SETTINGS = { [USER_MIGRATION_ENV.verifierUrl]: 'https://legacy.example.com/verify', [USER_MIGRATION_ENV.verifierTimeoutMillis]: '1000' };
const PASSWORD = 'Legacy-Secret-7!';
const STATUSES = [200, 200, 200, 201, 204, 301, 302, 303, 307, 308, 400, 401, 403, 404, 418, 500, 503];

interface Answer { readonly status: number; readonly body: string }
const attributes = fc.dictionary(fc.oneof(fc.constantFrom('email', 'email_verified', 'given_name', 'sub', 'cognito:user_status', 'custom:tenant_id',
  '__proto__', 'constructor', 'a b', 'x'.repeat(70)), fc.string({ maxLength: 10 })), fc.oneof(fc.string({ maxLength: 20 }), hostileString, fc.jsonValue({ maxDepth: 1 })), { maxKeys: 6 });
const answers: fc.Arbitrary<Answer> = fc.record({
  status: fc.constantFrom(...STATUSES),
  body: fc.oneof(
    { weight: 4, arbitrary: attributes.map((userAttributes) => JSON.stringify({ userAttributes: { email: 'lin@legacy.example', ...userAttributes } }) ?? '{}') },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value) ?? 'null') },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  ),
});
const cases = fc.tuple(answers, fc.constantFrom('UserMigration_Authentication', 'UserMigration_ForgotPassword'))
  .chain(([answer, source]) => fc.tuple(fc.constant(answer), hostileEvents(userMigrationEvent(source, PASSWORD), 2)));

async function listen(handle: (request: IncomingMessage, response: ServerResponse) => void): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => handle(request, response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('fuzz: user migration (bundled)', () => {
  const createUserMigrationHandler = loadBundle('user-migration', SETTINGS).createUserMigrationHandler as Factory;
  let answer: Answer = { status: 200, body: '{}' };
  let redirected = 0;
  let servers: Server[];
  let handler: (event: unknown) => Promise<unknown>;

  beforeAll(async () => {
    const target = await listen((_, response) => {
      redirected += 1;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ userAttributes: { email: 'attacker@evil.example', email_verified: 'true' } }));
    });
    const verifier = await listen((_, response) => {
      response.writeHead(answer.status, { 'content-type': 'application/json', 'location': `${target.base}/steal` }).end(answer.body);
    });
    servers = [target.server, verifier.server];
    handler = createUserMigrationHandler(SETTINGS, (url, init) => fetch(`${verifier.base}${url.pathname}`, init));
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  test('any verifier answer and hostile events: a response or a TriggerError, clean logs, and no forbidden migration', async () => {
    const calls = captureConsole();
    let migrated = 0;
    await runFuzz('user-migration', 'verifier answers and hostile events', cases, async ([given, event]) => {
      answer = given;
      const outcome = await withLogs(calls, [PASSWORD, 'legacy.jane', 'lin@legacy.example'], () => outcomeOf(() => handler(event)));
      expectClearOutcome(outcome);
      expect(redirected).toBe(0);
      if (!outcome.response) {
        return;
      }
      migrated += 1;
      expect(given.status).toBe(200);
      const returned = (JSON.parse(given.body) as { userAttributes: Record<string, unknown> }).userAttributes;
      const response = outcome.response.response as { userAttributes: Record<string, unknown>; finalUserStatus: string; messageAction: string };
      for (const [name, value] of Object.entries(response.userAttributes)) {
        expect({
          name,
          allowed: typeof value === 'string' && value === returned[name] && !isReservedClaim(name) && /^[\w:.-]{1,64}$/.test(name)
          && !['__proto__', 'constructor', 'prototype'].includes(name),
        }).toEqual({ name, allowed: true });
      }
      const source = (event as { triggerSource: string }).triggerSource;
      expect(response.finalUserStatus).toBe(source === 'UserMigration_Authentication' ? 'CONFIRMED' : 'RESET_REQUIRED');
      expect(response.messageAction).toBe('SUPPRESS');
    }, { numRuns: 250 });
    process.stdout.write(`fuzz user-migration: ${migrated} users migrated\n`);
    expect(migrated).toBeGreaterThan(10);
  });
});
