import { POST_AUTHENTICATION_ENV } from '../../../lib/private/trigger-environment';
import { captureLogs, loadBundle, setEnvironment, settledWithin } from '../support/bundled-handler';
import { postAuthenticationEvent, userAttributes } from '../support/cognito-events';
import { DynamoDbMode, FAKE_SECRET, FakeDynamoDb } from '../support/fake-dynamodb';
import { StallingServer, StallMode } from '../support/stalling-servers';

/*
 * The bundled post authentication trigger against a local DynamoDB on 127.0.0.1. Whatever
 * DynamoDB or the network does, the sign-in event comes back unchanged, in bounded time, and the
 * warning names only the exception: never the address, the table's ARN or the account.
 */
const TABLE = 'LastSignIn';
const SUB = 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111';
// One call budget (1.5 s) plus room for a loaded machine; Cognito gives up after 5 s.
const BOUNDED_MILLIS = 2_500;
const LEAKS = ['111122223333', 'arn:aws', 'jane@example.com', FAKE_SECRET];

function lambdaEnvironment(endpoint: string): Record<string, string> {
  return {
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE',
    AWS_SECRET_ACCESS_KEY: FAKE_SECRET,
    AWS_SESSION_TOKEN: 'session-token-example',
    AWS_ENDPOINT_URL: endpoint,
    [POST_AUTHENTICATION_ENV.tableName]: TABLE,
  };
}

describe('post authentication trigger (bundled) and a local DynamoDB', () => {
  const dynamodb = new FakeDynamoDb();
  let restore: () => void;
  let handler: (event: unknown, context?: unknown) => Promise<any>;

  beforeAll(async () => {
    restore = setEnvironment(lambdaEnvironment(await dynamodb.start()));
    handler = loadBundle('post-authentication', {}).handler;
  });
  afterAll(async () => {
    restore();
    await dynamodb.stop();
  });
  beforeEach(() => {
    dynamodb.mode = 'ok';
    dynamodb.requests.length = 0;
    dynamodb.items.clear();
  });

  test('a sign-in writes one signed UpdateItem: sub, lastSignInAt in epoch ms, username; the event comes back as it was', async () => {
    const logs = captureLogs();
    const event = postAuthenticationEvent();
    const copy = structuredClone(event);
    const before = Date.now();
    const answer = await handler(event);
    expect(answer).toBe(event);
    expect(answer).toEqual(copy);
    expect(dynamodb.requests).toHaveLength(1);
    const [request] = dynamodb.requests;
    expect(request).toMatchObject({
      target: 'DynamoDB_20120810.UpdateItem', contentType: 'application/x-amz-json-1.0', signatureValid: true, securityToken: 'session-token-example',
    });
    expect(request.body).toMatchObject({ TableName: TABLE, Key: { sub: { S: SUB } } });
    const item = dynamodb.items.get(SUB)!;
    expect(item.username).toEqual({ S: event.userName });
    expect(Number(item.lastSignInAt.N)).toBeGreaterThanOrEqual(before);
    expect(Number(item.lastSignInAt.N)).toBeLessThanOrEqual(Date.now());
    expect(logs.text()).toMatch(/"outcome":"recorded"/);
    expect(logs.text()).not.toMatch(/jane@example\.com|a1b2c3d4/);
  });

  test('the fake checks signatures: one made with another secret does not pass', async () => {
    // The SDK reads the credentials once per instance, as Lambda sets them once: a new instance gets the other secret.
    const other = setEnvironment({ AWS_SECRET_ACCESS_KEY: 'another-secret' });
    try {
      await loadBundle('post-authentication', {}).handler(postAuthenticationEvent());
    } finally {
      other();
    }
    expect(dynamodb.requests.map(({ signatureValid }) => signatureValid)).toEqual([false]);
  });

  test('each sign-in moves lastSignInAt forward; a user signing in on a new device is recorded the same way', async () => {
    await handler(postAuthenticationEvent());
    const first = Number(dynamodb.items.get(SUB)!.lastSignInAt.N);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await handler(postAuthenticationEvent(undefined, true));
    expect(dynamodb.requests).toHaveLength(2);
    expect(Number(dynamodb.items.get(SUB)!.lastSignInAt.N)).toBeGreaterThan(first);
  });

  test('a federated user is recorded under sub with the provider-prefixed username', async () => {
    const event = { ...postAuthenticationEvent(userAttributes({ sub: 'f0e1d2c3-0000-4000-8000-000000000042' })), userName: 'Google_1234567890' };
    await handler(event);
    expect(dynamodb.items.get('f0e1d2c3-0000-4000-8000-000000000042')!.username).toEqual({ S: 'Google_1234567890' });
  });

  test('a newer record is kept: the condition refusal is an expected outcome, not a warning', async () => {
    dynamodb.items.set(SUB, { sub: { S: SUB }, lastSignInAt: { N: String(Date.now() + 60_000) }, username: { S: 'x' } });
    const logs = captureLogs();
    const event = postAuthenticationEvent();
    expect(await handler(event)).toBe(event);
    expect(logs.text()).toMatch(/"outcome":"newer-kept"/);
    expect(dynamodb.requests).toHaveLength(1);
  });

  test('one throttled attempt is retried once and recorded', async () => {
    dynamodb.mode = 'throttle-once';
    const logs = captureLogs();
    await handler(postAuthenticationEvent());
    expect(dynamodb.requests).toHaveLength(2);
    expect(dynamodb.items.has(SUB)).toBe(true);
    expect(logs.text()).toMatch(/"outcome":"recorded"/);
  });

  const FAILURES: Array<[DynamoDbMode, string, number]> = [
    ['throttle', 'ProvisionedThroughputExceededException', 2],
    ['fail', 'InternalServerError', 2],
    ['missing-table', 'ResourceNotFoundException', 1],
    ['access-denied', 'AccessDeniedException', 1],
    // An HTML page is not DynamoDB's JSON: the SDK's parser fails on it, and retries it only after a 502.
    ['html', 'SyntaxError', 2],
    ['html-ok', 'SyntaxError', 1],
    // The SDK names a reset connection TimeoutError. Under jest, Node's error comes from another realm and
    // the SDK's retry wraps it in a plain Error; either way only the name is logged.
    ['reset', '(TimeoutError|Error)', 2],
  ];
  test.each(FAILURES)('DynamoDB %s: the sign-in goes on, in bounded time, with a redacted warning naming %s', async (mode, reason, attempts) => {
    dynamodb.mode = mode;
    const logs = captureLogs();
    const event = postAuthenticationEvent();
    const copy = structuredClone(event);
    const outcome = await settledWithin(handler(event), BOUNDED_MILLIS);
    process.stdout.write(`post authentication, DynamoDB ${mode}: ended after ${outcome.elapsed} ms, ${dynamodb.requests.length} attempts\n`);
    expect(outcome.late).toBeUndefined();
    expect(outcome.error).toBeUndefined();
    expect(outcome.value).toBe(event);
    expect(outcome.value).toEqual(copy);
    expect(dynamodb.requests).toHaveLength(attempts);
    expect(dynamodb.items.size).toBe(0);
    const warnings = logs.lines.filter((line) => line.includes('"outcome":"not-recorded"'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(new RegExp(`"reason":"${reason}"`));
    for (const leak of LEAKS) {
      expect(logs.text()).not.toContain(leak);
    }
  });

  test('an event without sub is not recorded and the sign-in goes on', async () => {
    const logs = captureLogs();
    const attributes = userAttributes();
    delete (attributes as Record<string, string>).sub;
    const event = postAuthenticationEvent(attributes);
    expect(await handler(event)).toBe(event);
    expect(dynamodb.requests).toHaveLength(0);
    expect(logs.text()).toMatch(/"outcome":"not-recorded","reason":"missing-sub"/);
  });

  test('an event whose attributes are not strings is not recorded and the sign-in goes on', async () => {
    const logs = captureLogs();
    const event = postAuthenticationEvent();
    (event.request.userAttributes as Record<string, unknown>).email_verified = true;
    expect(await handler(event)).toBe(event);
    expect(dynamodb.requests).toHaveLength(0);
    expect(logs.text()).toMatch(/"reason":"malformed-event"/);
  });

  test.each([
    ['another trigger\'s event', { ...postAuthenticationEvent(), triggerSource: 'PreAuthentication_Authentication' }],
    ['no trigger source', { ...postAuthenticationEvent(), triggerSource: undefined }],
    ['not an object', 'PostAuthentication_Authentication'],
  ])('%s is a wiring mistake and fails with a clear error', async (_name, event) => {
    await expect(handler(event)).rejects.toMatchObject({ name: 'MalformedEventError', message: expect.stringMatching(/^Malformed Cognito event: triggerSource must be PostAuthentication_Authentication/) });
    expect(dynamodb.requests).toHaveLength(0);
  });

  test('a function deployed without its table fails every invocation with a configuration error, so the mistake shows at once', async () => {
    const unconfigured = loadBundle('post-authentication', { [POST_AUTHENTICATION_ENV.tableName]: '' }).handler;
    await expect(unconfigured(postAuthenticationEvent())).rejects.toMatchObject({ name: 'ConfigurationError', message: expect.stringContaining(POST_AUTHENTICATION_ENV.tableName) });
  });
});

describe.each<StallMode>(['silent', 'dribble-headers', 'dribble-body'])('post authentication trigger (bundled) and a DynamoDB endpoint that is %s', (mode) => {
  const stalling = new StallingServer(mode);
  let restore: () => void;

  beforeAll(async () => {
    restore = setEnvironment(lambdaEnvironment(await stalling.start()));
  });
  afterAll(async () => {
    restore();
    await stalling.stop();
  });

  test('the sign-in goes on within the call budget, with a TimeoutError warning', async () => {
    const logs = captureLogs();
    const handler = loadBundle('post-authentication', {}).handler;
    const event = postAuthenticationEvent();
    const outcome = await settledWithin(handler(event, { getRemainingTimeInMillis: () => 4_000 }), BOUNDED_MILLIS);
    process.stdout.write(`post authentication, DynamoDB ${mode}: ended after ${outcome.elapsed} ms\n`);
    expect(outcome.late).toBeUndefined();
    expect(outcome.value).toBe(event);
    expect(outcome.elapsed).toBeLessThan(BOUNDED_MILLIS);
    expect(stalling.connections).toBeGreaterThan(0);
    expect(logs.text()).toMatch(/"outcome":"not-recorded","reason":"(TimeoutError|AbortError)"/);
  });
});
