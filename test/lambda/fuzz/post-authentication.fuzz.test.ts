import * as fc from 'fast-check';
import { POST_AUTHENTICATION_ENV } from '../../../lib/private/trigger-environment';
import { loadBundle, setEnvironment } from '../support/bundled-handler';
import { postAuthenticationEvent, userAttributes } from '../support/cognito-events';
import { DynamoDbMode, FAKE_SECRET, FakeDynamoDb } from '../support/fake-dynamodb';
import { captureConsole, expectClearOutcome, outcomeOf, runFuzz, withLogs } from '../support/fuzz-runner';
import { hostileEvents, hostileString } from '../support/hostile-events';

/*
 * Fuzzing the bundled post authentication trigger against a local DynamoDB that also fails in the
 * ways DynamoDB and the network do, with messages naming the account and the table's ARN. Policy
 * oracle: only an event from another trigger source (or no event at all) fails; every sign-in
 * event comes back as the very object given; a write names the event's own sub and username, at
 * most twice; no log line carries an address, an ARN, an account id or the secret.
 */
const LEAKS = ['111122223333', 'arn:aws', 'jane@example.com', FAKE_SECRET];
const MODES: DynamoDbMode[] = ['ok', 'ok', 'throttle', 'throttle-once', 'fail', 'missing-table', 'access-denied', 'html', 'html-ok', 'reset'];
const SOURCE = 'PostAuthentication_Authentication';

const cases = fc.record({
  mode: fc.constantFrom(...MODES),
  sub: fc.oneof({ weight: 3, arbitrary: fc.uuid() }, fc.constantFrom('', '../x', 'a'.repeat(129), 'sub with space'), hostileString),
  userName: fc.oneof(fc.constantFrom('jane', 'Google_1234567890', 'jane@example.com'), hostileString),
}).chain(({ mode, sub, userName }) => fc.tuple(fc.constant(mode),
  hostileEvents({ ...postAuthenticationEvent(userAttributes({ email: 'jane@example.com', sub })), userName }, 2)));

describe('fuzz: post authentication (bundled)', () => {
  const dynamodb = new FakeDynamoDb();
  let restore: () => void;
  let handler: (event: unknown) => Promise<unknown>;

  beforeAll(async () => {
    restore = setEnvironment({
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE',
      AWS_SECRET_ACCESS_KEY: FAKE_SECRET,
      AWS_ENDPOINT_URL: await dynamodb.start(),
      [POST_AUTHENTICATION_ENV.tableName]: 'LastSignIn',
    });
    handler = loadBundle('post-authentication', {}).handler;
  });
  afterAll(async () => {
    restore();
    await dynamodb.stop();
  });

  test('hostile events and DynamoDB failures: the event itself or a clear wiring error, clean logs, writes of the event\'s own user', async () => {
    const calls = captureConsole();
    let written = 0;
    await runFuzz('post-authentication', 'hostile events and DynamoDB failures', cases, async ([mode, event]) => {
      dynamodb.mode = mode;
      dynamodb.requests.length = 0;
      const outcome = await withLogs(calls, LEAKS, () => outcomeOf(() => handler(event)));
      const e = event as { triggerSource?: unknown; userName?: unknown; request?: { userAttributes?: Record<string, unknown> } } | null;
      const fromPostAuthentication = typeof e === 'object' && e !== null && !Array.isArray(e) && e.triggerSource === SOURCE;
      if (!fromPostAuthentication) {
        expect(outcome.error?.name).toBe('MalformedEventError');
        expectClearOutcome(outcome);
      } else {
        expect(outcome.error).toBeUndefined();
        expect(outcome.response).toBe(event);
      }
      expect(dynamodb.requests.length).toBeLessThanOrEqual(2);
      written += dynamodb.requests.length > 0 ? 1 : 0;
      for (const { body, signatureValid } of dynamodb.requests) {
        expect(signatureValid).toBe(true);
        expect(body.Key.sub.S).toBe(e?.request?.userAttributes?.sub);
        expect(body.Key.sub.S).toMatch(/^[0-9A-Za-z-]{1,128}$/);
        expect(body.ExpressionAttributeValues[':username'].S).toBe(e?.userName);
      }
    }, { numRuns: 300 });
    // The valid events among the hostile ones reach DynamoDB, so the write oracles are exercised.
    process.stdout.write(`fuzz post-authentication: ${written} of 300 cases wrote to DynamoDB\n`);
    expect(written).toBeGreaterThan(30);
  });
});
