import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import * as fc from 'fast-check';
import { awsError, FakeAwsServer, fakeClientConfig, FakeAnswer, RecordedRequest } from './support/fake-aws-server';
import { malformedEvents } from './support/malformed-events';
import { createUserImportWorker, RemainingTime, RowResult } from '../../lambda/user-import-worker.lambda';
import { STANDARD_IMPORT_ATTRIBUTES, USER_IMPORT_ENV, USER_IMPORT_OUTCOMES, USER_IMPORT_TIMING } from '../../lib/private/operations-environment';
import { FakeCognito } from '../operations/fault-injection/support/fake-cognito';

const USER_POOL_ID = 'eu-west-1_Import01';
const env = {
  [USER_IMPORT_ENV.userPoolId]: USER_POOL_ID,
  [USER_IMPORT_ENV.allowedAttributes]: [...STANDARD_IMPORT_ATTRIBUTES, 'custom:customer_id'].join(','),
};

// Rows as the Distributed Map's CSV reader hands them over: one string per header column, empty cells included.
const row = (cells: Record<string, string>) => ({
  'action': '', 'username': '', 'email': '', 'given_name': '', 'family_name': '', 'custom:customer_id': '', ...cells,
});
const CUSTOMER_1 = row({
  'action': 'create',
  'username': 'customer1@example.com',
  'email': 'customer1@example.com',
  'given_name': 'John',
  'family_name': 'Doe',
  'custom:customer_id': 'CUST001',
});
const CUSTOMER_2 = row({
  'action': 'create',
  'username': 'customer2@example.com',
  'email': 'customer2@example.com',
  'given_name': 'Jane',
  'family_name': 'Smith',
  'custom:customer_id': 'CUST002',
});
const act = (action: string, username = 'customer1@example.com', cells: Record<string, string> = {}) => row({ action, username, ...cells });

/** A Lambda context whose invocation may still spend `ms` on rows after the worker's safety margin. */
function timeFor(ms: number): RemainingTime {
  const end = Date.now() + ms + USER_IMPORT_TIMING.safetyMarginMs;
  return { getRemainingTimeInMillis: () => end - Date.now() };
}

/** A client whose every call fails with the given error, as the SDK reports network failures. */
const failingClient = (error: Error) => ({ send: () => Promise.reject(error) }) as unknown as CognitoIdentityProviderClient;

/** A fake Cognito that keeps its users, so repeated rows meet the state the first one left. */
function statefulCognito(server: FakeAwsServer, users: Set<string>): void {
  const existing = (then: (request: RecordedRequest) => FakeAnswer) => (request: RecordedRequest) =>
    users.has(request.body.Username as string) ? then(request) : awsError(400, 'UserNotFoundException', 'User does not exist.');
  server
    .on('AdminCreateUser', (request) => {
      const username = request.body.Username as string;
      if (users.has(username)) {
        return awsError(400, 'UsernameExistsException', 'User account already exists');
      }
      users.add(username);
      return { status: 200, body: { User: { Username: username, UserStatus: 'FORCE_CHANGE_PASSWORD' } } };
    })
    .on('AdminDeleteUser', existing((request) => {
      users.delete(request.body.Username as string);
      return { status: 200 };
    }))
    .on('AdminEnableUser', existing(() => ({ status: 200 })))
    .on('AdminDisableUser', existing(() => ({ status: 200 })))
    .on('AdminResetUserPassword', existing(() => ({ status: 200 })))
    .on('AdminUpdateUserAttributes', existing(() => ({ status: 200 })))
    .on('AdminGetUser', existing((request) => ({ status: 200, body: { Username: request.body.Username, Enabled: true, UserStatus: 'CONFIRMED', UserCreateDate: 0 } })));
}

describe('user-import worker', () => {
  const cognito = new FakeAwsServer();
  let client: CognitoIdentityProviderClient;
  let users: Set<string>;
  let logged: unknown[];

  beforeAll(async () => {
    client = new CognitoIdentityProviderClient(fakeClientConfig(await cognito.start()));
  });
  afterAll(async () => {
    client.destroy();
    await cognito.stop();
  });
  beforeEach(() => {
    cognito.requests.length = 0;
    users = new Set();
    statefulCognito(cognito, users);
    logged = [];
    jest.spyOn(console, 'info').mockImplementation((line: unknown) => {
      logged.push(line);
    });
  });

  const worker = (overrides: Record<string, string> = {}) => createUserImportWorker({ ...env, ...overrides }, client);

  test('create: adds the user with its attributes and suppresses the invitation', async () => {
    await expect(worker()(CUSTOMER_1)).resolves.toEqual({ username: 'customer1@example.com', action: 'create', outcome: 'created' });
    expect(cognito.requests).toEqual([{
      operation: 'AdminCreateUser',
      body: {
        UserPoolId: USER_POOL_ID,
        Username: 'customer1@example.com',
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'email', Value: 'customer1@example.com' },
          { Name: 'given_name', Value: 'John' },
          { Name: 'family_name', Value: 'Doe' },
          { Name: 'custom:customer_id', Value: 'CUST001' },
        ],
      },
    }]);
  });

  test('create again: the existing user is left unchanged', async () => {
    const handler = worker();
    await handler(CUSTOMER_1);
    await expect(handler(CUSTOMER_1)).resolves.toEqual({ username: 'customer1@example.com', action: 'create', outcome: 'unchanged' });
  });

  test('create with invitations: Cognito sends them to the email and phone the row gives', async () => {
    await worker({ [USER_IMPORT_ENV.sendInvitations]: 'true' })({ ...CUSTOMER_2, phone_number: '+447700900123' });
    expect(cognito.requests[0].body).not.toHaveProperty('MessageAction');
    expect(cognito.requests[0].body.DesiredDeliveryMediums).toEqual(['EMAIL', 'SMS']);
  });

  test('a batch applies every row and reports each, in order', async () => {
    const results = await worker()({ Items: [CUSTOMER_1, CUSTOMER_2, act('frobnicate'), CUSTOMER_1] }) as RowResult[];
    expect(results.map((result) => result.outcome)).toEqual(['created', 'created', 'failed', 'unchanged']);
    expect(results[2]).toEqual({ username: 'customer1@example.com', action: 'frobnicate', outcome: 'failed', error: expect.stringContaining('unknown action "frobnicate"') });
    expect([...users]).toEqual(['customer1@example.com', 'customer2@example.com']);
  });

  test.each([
    ['enable', 'AdminEnableUser'],
    ['disable', 'AdminDisableUser'],
    ['reset-password', 'AdminResetUserPassword'],
  ])('%s: calls %s for the user and reports it updated, every time', async (action, operation) => {
    users.add('customer1@example.com');
    const handler = worker();
    await expect(handler(act(action))).resolves.toEqual({ username: 'customer1@example.com', action, outcome: 'updated' });
    await expect(handler(act(action))).resolves.toMatchObject({ outcome: 'updated' });
    expect(cognito.requests).toEqual([
      { operation, body: { UserPoolId: USER_POOL_ID, Username: 'customer1@example.com' } },
      { operation, body: { UserPoolId: USER_POOL_ID, Username: 'customer1@example.com' } },
    ]);
  });

  test('update-attributes: writes only the cells that have a value', async () => {
    users.add('customer1@example.com');
    await expect(worker()(act('update-attributes', 'customer1@example.com', { 'given_name': 'Johnny', 'custom:customer_id': 'CUST009' })))
      .resolves.toMatchObject({ outcome: 'updated' });
    expect(cognito.requests[0].body).toEqual({
      UserPoolId: USER_POOL_ID,
      Username: 'customer1@example.com',
      UserAttributes: [{ Name: 'given_name', Value: 'Johnny' }, { Name: 'custom:customer_id', Value: 'CUST009' }],
    });
  });

  test('delete: reads the user, removes it, and a second delete finds nothing to remove', async () => {
    users.add('customer1@example.com');
    const handler = worker();
    await expect(handler(act('delete'))).resolves.toMatchObject({ outcome: 'deleted' });
    await expect(handler(act('delete'))).resolves.toMatchObject({ outcome: 'unchanged' });
    expect(users.size).toBe(0);
    // The read first is what tells "deleted" from "unchanged" when Cognito's answer to the delete is lost.
    expect(cognito.requests.map((request) => request.operation)).toEqual(['AdminGetUser', 'AdminDeleteUser', 'AdminGetUser']);
  });

  test.each(['enable', 'disable', 'reset-password'])('%s of a missing user: the row fails with Cognito\'s reason', async (action) => {
    await expect(worker()(act(action))).resolves.toEqual({
      username: 'customer1@example.com', action, outcome: 'failed', error: 'UserNotFoundException: User does not exist.',
    });
  });

  test('a row Cognito rejects fails alone without failing the batch', async () => {
    cognito.on('AdminCreateUser', () => awsError(400, 'InvalidParameterException', 'Invalid email address format.'));
    const results = await worker()({ Items: [CUSTOMER_1, act('delete', 'nobody')] });
    expect(results).toEqual([
      { username: 'customer1@example.com', action: 'create', outcome: 'failed', error: 'InvalidParameterException: Invalid email address format.' },
      { username: 'nobody', action: 'delete', outcome: 'unchanged' },
    ]);
  });

  test('a delete whose username Cognito rejects fails alone: the read first does not stop the batch', async () => {
    const invalid = () => awsError(400, 'InvalidParameterException', 'Invalid username.');
    cognito.on('AdminGetUser', invalid).on('AdminDeleteUser', invalid);
    await expect(worker()({ Items: [act('delete', 'bad name'), CUSTOMER_2] })).resolves.toEqual([
      { username: 'bad name', action: 'delete', outcome: 'failed', error: 'InvalidParameterException: Invalid username.' },
      { username: 'customer2@example.com', action: 'create', outcome: 'created' },
    ]);
  });

  test('throttling: throws TooManyRequestsException so the state machine retries with backoff', async () => {
    cognito.on('AdminCreateUser', () => awsError(400, 'TooManyRequestsException', 'Rate exceeded'));
    await expect(worker()(CUSTOMER_1)).rejects.toMatchObject({ name: 'TooManyRequestsException' });
    await expect(worker()({ Items: [CUSTOMER_2] })).rejects.toMatchObject({ name: 'TooManyRequestsException' });
  });

  /** Throttles each of the usernames the given number of times, then lets the statefulCognito answer. */
  function throttle(times: Record<string, number>): void {
    const create = (request: RecordedRequest) => {
      const username = request.body.Username as string;
      if ((times[username] ?? 0) > 0) {
        times[username]--;
        return awsError(400, 'TooManyRequestsException', 'Rate exceeded');
      }
      if (users.has(username)) {
        return awsError(400, 'UsernameExistsException', 'User account already exists');
      }
      users.add(username);
      return { status: 200, body: { User: { Username: username } } };
    };
    cognito.on('AdminCreateUser', create);
  }

  test('a throttled row is waited for while the invocation has time, and the batch completes', async () => {
    throttle({ 'customer2@example.com': 2 });
    const results = await worker()({ Items: [CUSTOMER_1, CUSTOMER_2] }, timeFor(5_000)) as RowResult[];
    expect(results.map((result) => result.outcome)).toEqual(['created', 'created']);
    expect(cognito.requests.map((request) => request.body.Username)).toEqual([
      'customer1@example.com', 'customer2@example.com', 'customer2@example.com', 'customer2@example.com',
    ]);
  });

  test('when time runs out, the applied rows are reported as they are and the rest as throttled', async () => {
    throttle({ 'customer2@example.com': Infinity });
    const started = Date.now();
    const results = await worker()({ Items: [CUSTOMER_1, CUSTOMER_2, act('promote'), CUSTOMER_1] }, timeFor(600)) as RowResult[];
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(results).toEqual([
      { username: 'customer1@example.com', action: 'create', outcome: 'created' },
      { username: 'customer2@example.com', action: 'create', outcome: 'throttled' },
      { username: 'customer1@example.com', action: 'promote', outcome: 'failed', error: expect.stringContaining('unknown action') },
      { username: 'customer1@example.com', action: 'create', outcome: 'throttled' },
    ]);
    expect(cognito.requests.filter((request) => request.body.Username === 'customer2@example.com').length).toBeGreaterThan(1);
  });

  test('without a context a throttled row is not waited for', async () => {
    throttle({ 'customer2@example.com': 1 });
    const results = await worker()({ Items: [CUSTOMER_1, CUSTOMER_2] }) as RowResult[];
    expect(results.map((result) => result.outcome)).toEqual(['created', 'throttled']);
  });

  test('when no row could be applied, throws TooManyRequestsException so the state machine retries the whole batch', async () => {
    throttle({ 'customer1@example.com': Infinity });
    await expect(worker()({ Items: [act('promote'), CUSTOMER_1, CUSTOMER_2] }, timeFor(300))).rejects.toMatchObject({ name: 'TooManyRequestsException' });
    expect(users.size).toBe(0);
    await expect(worker()(CUSTOMER_2, timeFor(-1))).rejects.toMatchObject({ name: 'TooManyRequestsException' });
    expect(cognito.requests.map((request) => request.body.Username)).not.toContain('customer2@example.com');
  });

  test('a rerun after a throttled batch applies only what is left; rows created before report unchanged', async () => {
    throttle({ 'customer2@example.com': 1 });
    const handler = worker();
    const batch = { Items: [CUSTOMER_1, CUSTOMER_2] };
    expect((await handler(batch) as RowResult[]).map((result) => result.outcome)).toEqual(['created', 'throttled']);
    expect((await handler(batch) as RowResult[]).map((result) => result.outcome)).toEqual(['unchanged', 'created']);
    expect([...users].sort()).toEqual(['customer1@example.com', 'customer2@example.com']);
  });

  test('paces its calls at the configured interval, across invocations too', async () => {
    const handler = worker({ [USER_IMPORT_ENV.callIntervalMs]: '150' });
    const started = Date.now();
    await handler({ Items: [CUSTOMER_1, CUSTOMER_2] });
    await handler(act('delete'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
    expect(cognito.requests).toHaveLength(4);
  });

  test('errors of the whole run are thrown as they are, not reported per row', async () => {
    cognito.on('AdminCreateUser', () => awsError(400, 'ResourceNotFoundException', 'User pool does not exist.'));
    await expect(worker()(CUSTOMER_1)).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    cognito.on('AdminCreateUser', () => awsError(400, 'AccessDeniedException', 'Not authorized.'));
    await expect(worker()({ Items: [CUSTOMER_1] })).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });

  test.each([
    ['InternalErrorException', () => awsError(500, 'InternalErrorException', 'Internal error')],
    ['an unmodeled 503', () => awsError(503, 'ServiceUnavailable', 'Service unavailable')],
  ])('%s that left the pool unchanged, with no time to try again: CognitoTransientError, which the state machine retries', async (_, answer) => {
    cognito.on('AdminCreateUser', answer);
    await expect(worker()({ Items: [CUSTOMER_1] })).rejects.toMatchObject({ name: 'CognitoTransientError' });
    // The user was read back before the invocation gave up: nothing had been applied.
    expect(cognito.requests.map((request) => request.operation)).toEqual(['AdminCreateUser', 'AdminGetUser']);
  });

  test.each([
    ['a timeout', Object.assign(new Error('Connection timed out after 1000 ms'), { name: 'TimeoutError' })],
    ['a socket error', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
  ])('%s on the call and on every read-back: the row is reported unknown, never as applied or not', async (_, error) => {
    const started = Date.now();
    await expect(createUserImportWorker({ ...env, [USER_IMPORT_ENV.callTimeoutMs]: '200' }, failingClient(error))(CUSTOMER_1)).resolves.toEqual({
      username: 'customer1@example.com', action: 'create', outcome: 'unknown', error: expect.stringContaining('could not be read back'),
    });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  test('an unexpected error is not disguised as a transient one', async () => {
    await expect(createUserImportWorker(env, failingClient(new TypeError('boom')))(CUSTOMER_1)).rejects.toBeInstanceOf(TypeError);
  });

  test('a header with a byte-order mark and spaces around the names is read as intended', async () => {
    const { action, username, ...rest } = CUSTOMER_1;
    await expect(worker()({ '\uFEFFaction': action, ' username ': username, ...rest })).resolves.toMatchObject({ outcome: 'created' });
    expect(users.has('customer1@example.com')).toBe(true);
  });

  test.each([
    ['username', { user: 'customer1@example.com', action: 'create' }],
    ['action', { Items: [{ username: 'customer1@example.com', email: 'customer1@example.com' }] }],
    ['action or username', { Items: [{}] }],
  ])('a header without the %s column fails the invocation with ImportFileMalformed', async (missing, input) => {
    await expect(worker()(input)).rejects.toMatchObject({ name: 'ImportFileMalformed', message: `The CSV header has no ${missing} column` });
    expect(cognito.requests).toHaveLength(0);
  });

  test.each([
    [act('promote'), 'unknown action "promote"; expected one of create, enable, disable, delete, reset-password, update-attributes'],
    [act('create', '   '), 'the username column is missing or empty'],
    [{ action: 'create', username: '' }, 'the username column is missing or empty'],
    [act('create', 'x'.repeat(129)), 'the username is longer than 128 characters'],
    [{ ...CUSTOMER_1, 'custom:role': 'admin' }, 'column "custom:role" is not an attribute this import may set'],
    [{ ...CUSTOMER_1, given_name: 'x'.repeat(2049) }, 'column "given_name" is longer than 2048 characters'],
    [act('update-attributes'), 'update-attributes needs at least one attribute column with a value'],
    ['action,username', 'the row is not a CSV record'],
  ])('rejects a malformed row without calling Cognito: %#', async (input, message) => {
    await expect(worker()(input)).resolves.toMatchObject({ outcome: 'failed', error: message });
    expect(cognito.requests).toHaveLength(0);
  });

  test('actions are read case-insensitively and around spaces', async () => {
    await expect(worker()({ ...CUSTOMER_1, action: ' Create ' })).resolves.toMatchObject({ action: 'create', outcome: 'created' });
  });

  test('logs counts and outcomes only, never usernames or attribute values', async () => {
    await worker()({ Items: [CUSTOMER_1, CUSTOMER_2, CUSTOMER_1, act('promote')] });
    expect(logged).toEqual([{ rows: 4, created: 2, unchanged: 1, failed: 1 }]);
    const text = JSON.stringify(logged);
    for (const secret of ['customer1', 'customer2', 'example.com', 'John', 'CUST001']) {
      expect(text).not.toContain(secret);
    }
  });

  test('rejects invalid settings at cold start', () => {
    expect(() => createUserImportWorker({}, client)).toThrow('environment variable USER_POOL_ID must be set');
    expect(() => worker({ [USER_IMPORT_ENV.allowedAttributes]: 'email,role' }))
      .toThrow('environment variable ALLOWED_ATTRIBUTES lists "role", which is neither a standard attribute nor custom:<name>');
    expect(() => worker({ [USER_IMPORT_ENV.sendInvitations]: 'yes' })).toThrow('environment variable SEND_INVITATIONS must be "true" or "false"');
    expect(() => worker({ [USER_IMPORT_ENV.callIntervalMs]: 'fast' })).toThrow('environment variable CALL_INTERVAL_MS must be a number of milliseconds');
  });

  test('a batch with holes reports each hole as a failed row and applies the rest', async () => {
    // eslint-disable-next-line no-sparse-arrays
    const result = await worker()({ Items: [, CUSTOMER_1, undefined] }) as RowResult[];
    expect(result.map(({ outcome }) => outcome)).toEqual(['failed', 'created', 'failed']);
    expect(result[0]).toMatchObject({ username: '', error: 'the row is not a CSV record' });
  });

  test('property: malformed rows and batches never cause a TypeError, only a reported outcome or a malformed file', async () => {
    const handler = worker();
    const rows = fc.oneof(malformedEvents(CUSTOMER_1), malformedEvents({ Items: [CUSTOMER_1, CUSTOMER_2] }));
    await fc.assert(fc.asyncProperty(rows, async (input) => {
      users.clear();
      const result = await handler(input).catch((error: Error) => {
        expect(error.name).toBe('ImportFileMalformed');
        return [];
      });
      for (const entry of (Array.isArray(result) ? result : [result]) as RowResult[]) {
        expect(USER_IMPORT_OUTCOMES).toContain(entry.outcome);
        expect(typeof entry.username).toBe('string');
        expect(typeof entry.action).toBe('string');
      }
    }), { numRuns: 200 });
  });
});

describe('user-import worker when Cognito\'s answer is lost', () => {
  const cognito = new FakeCognito('lost-answers', 0);
  let client: CognitoIdentityProviderClient;
  // The worker's own SDK settings, pointed at the fake; a 200 ms deadline stands for the 3 s one.
  const fast = { ...env, [USER_IMPORT_ENV.callTimeoutMs]: '200' };
  const plenty = () => timeFor(5_000);

  beforeAll(async () => {
    client = new CognitoIdentityProviderClient({ ...fakeClientConfig(await cognito.start()), ...USER_IMPORT_TIMING.sdkOptions });
  });
  afterAll(async () => {
    client.destroy();
    await cognito.stop();
  });
  beforeEach(() => {
    cognito.users.clear();
    cognito.applied.length = 0;
    cognito.operations.length = 0;
    cognito.forced.length = 0;
  });

  const existing = (username: string) => cognito.users.set(username, { attributes: {}, enabled: true, status: 'CONFIRMED', created: 0, modified: 0 });

  test.each(['error-after', 'html-after', 'stall-after', 'dribble', 'truncated'] as const)(
    'create applied behind a lost answer (%s): read back, reported created, sent once', async (fault) => {
      cognito.forced.push(fault);
      const started = Date.now();
      await expect(createUserImportWorker(fast, client)({ Items: [CUSTOMER_1] }, plenty())).resolves.toEqual([
        { username: 'customer1@example.com', action: 'create', outcome: 'created' },
      ]);
      expect(cognito.applied).toEqual([{ username: 'customer1@example.com', operation: 'AdminCreateUser' }]);
      expect(cognito.operations.filter((operation) => operation === 'AdminCreateUser')).toHaveLength(1);
      // A stalled or dribbling answer is abandoned at the deadline, whatever the SDK's own timeouts do.
      expect(Date.now() - started).toBeLessThan(1_000);
    });

  test.each(['error-before', 'html-before', 'stall-before'] as const)(
    'create not applied behind a lost answer (%s): read back, sent again, reported created', async (fault) => {
      cognito.forced.push(fault);
      await expect(createUserImportWorker(fast, client)(CUSTOMER_1, plenty())).resolves.toMatchObject({ outcome: 'created' });
      expect(cognito.operations).toEqual(['AdminCreateUser', 'AdminGetUser', 'AdminCreateUser']);
    });

  test('a second create of a user the batch created, behind a lost answer, is unchanged', async () => {
    cognito.forced.push(null, 'error-after');
    await expect(createUserImportWorker(fast, client)({ Items: [CUSTOMER_1, CUSTOMER_1] }, plenty())).resolves.toEqual([
      { username: 'customer1@example.com', action: 'create', outcome: 'created' },
      { username: 'customer1@example.com', action: 'create', outcome: 'unchanged' },
    ]);
  });

  test('reset-password applied behind a 5xx is never sent again: one code per row', async () => {
    existing('customer1@example.com');
    cognito.forced.push('error-after');
    await expect(createUserImportWorker(fast, client)(act('reset-password'), plenty())).resolves.toMatchObject({ outcome: 'updated' });
    expect(cognito.applied).toEqual([{ username: 'customer1@example.com', operation: 'AdminResetUserPassword' }]);
  });

  test('a user that existed before the row is unchanged, even when the create\'s answer was lost', async () => {
    existing('customer1@example.com');
    cognito.forced.push('html-after');
    await expect(createUserImportWorker(fast, client)(CUSTOMER_1, plenty())).resolves.toMatchObject({ outcome: 'unchanged' });
    expect(cognito.applied).toEqual([]);
  });

  test('a delete applied behind a lost answer is reported deleted; a missing user is unchanged without a delete', async () => {
    existing('customer1@example.com');
    cognito.forced.push('throttle', null, 'error-after');
    const worker = createUserImportWorker(fast, client);
    await expect(worker({ Items: [act('delete'), act('delete', 'nobody')] }, plenty())).resolves.toEqual([
      { username: 'customer1@example.com', action: 'delete', outcome: 'deleted' },
      { username: 'nobody', action: 'delete', outcome: 'unchanged' },
    ]);
    expect(cognito.operations).toEqual(['AdminGetUser', 'AdminGetUser', 'AdminDeleteUser', 'AdminGetUser', 'AdminGetUser']);
  });

  test('rows after one whose outcome stayed unknown are not applied, so one user\'s rows never overtake each other', async () => {
    existing('customer1@example.com');
    // The update is lost and so is every read-back within the invocation's time.
    cognito.forced.push('stall-after', 'stall-before', 'stall-before', 'stall-before', 'stall-before', 'stall-before');
    const end = Date.now() + 1_000;
    const results = await createUserImportWorker(fast, client)(
      { Items: [act('disable'), act('enable'), CUSTOMER_2] }, { getRemainingTimeInMillis: () => end - Date.now() }) as RowResult[];
    expect(results.map((result) => result.outcome)).toEqual(['unknown', 'throttled', 'throttled']);
    expect(cognito.operations.filter((operation) => operation !== 'AdminGetUser')).toEqual(['AdminDisableUser']);
  });
});

describe('user-import worker planning a file', () => {
  const files = new Map<string, string>();
  const store = {
    read: async (_bucket: string, key: string) => files.get(key)!,
    write: async (_bucket: string, key: string, text: string) => void files.set(key, text),
  };
  const plan = (key: string, rowsPerBatch = '3') => createUserImportWorker({ ...env, [USER_IMPORT_ENV.maxRowsPerBatch]: rowsPerBatch }, undefined, store)(
    { plan: { bucket: 'imports-bucket', key, planKey: 'reports/plans/run-1.jsonl' } });
  const batches = () => files.get('reports/plans/run-1.jsonl')!.split('\n').map((line) => JSON.parse(line).Items as Record<string, string>[]);

  test('keeps each user\'s rows in one batch, in file order, and fills batches up to the batch size', async () => {
    files.set('imports/users.csv', [
      '\uFEFFaction, username ,given_name',
      'create,a@example.com,"Doe, Jane"',
      'create,b@example.com,"He said ""hi"""',
      'disable,A@example.com,',
      'create,c@example.com,',
      'delete,a@example.com,',
      'enable,b@example.com,',
      '',
    ].join('\r\n'));
    await expect(plan('imports/users.csv')).resolves.toEqual({ planKey: 'reports/plans/run-1.jsonl', rows: 6, batches: 2 });
    expect(batches().map((items) => items.map((cells) => `${cells['\uFEFFaction']} ${cells[' username ']}`))).toEqual([
      ['create a@example.com', 'disable A@example.com', 'delete a@example.com'],
      ['create b@example.com', 'enable b@example.com', 'create c@example.com'],
    ]);
    expect(batches()[1][0].given_name).toBe('He said "hi"');
  });

  test('a user with more rows than a batch holds gets a batch of its own, never split', async () => {
    files.set('imports/many.csv', ['action,username', ...Array.from({ length: 5 }, () => 'enable,a'), 'enable,b'].join('\n'));
    await plan('imports/many.csv', '2');
    expect(batches().map((items) => items.length)).toEqual([5, 1]);
  });

  test('a header without action or username fails the plan with ImportFileMalformed', async () => {
    files.set('imports/bad.csv', 'user,email\na,a@example.com');
    await expect(plan('imports/bad.csv')).rejects.toMatchObject({ name: 'ImportFileMalformed', message: 'The CSV header has no action or username column' });
  });
});
