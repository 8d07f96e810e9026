import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import * as fc from 'fast-check';
import { awsError, FakeAwsServer, fakeClientConfig, FakeAnswer, RecordedRequest } from './support/fake-aws-server';
import { malformedEvents } from './support/malformed-events';
import { createUserImportWorker, RowResult } from '../../lambda/user-import-worker.lambda';
import { STANDARD_IMPORT_ATTRIBUTES, USER_IMPORT_ENV, USER_IMPORT_OUTCOMES } from '../../lib/private/operations-environment';

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
    .on('AdminUpdateUserAttributes', existing(() => ({ status: 200 })));
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

  test('delete: removes the user, and a second delete leaves the pool unchanged', async () => {
    users.add('customer1@example.com');
    const handler = worker();
    await expect(handler(act('delete'))).resolves.toMatchObject({ outcome: 'deleted' });
    await expect(handler(act('delete'))).resolves.toMatchObject({ outcome: 'unchanged' });
    expect(users.size).toBe(0);
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

  test('throttling: throws TooManyRequestsException so the state machine retries with backoff', async () => {
    cognito.on('AdminCreateUser', () => awsError(400, 'TooManyRequestsException', 'Rate exceeded'));
    await expect(worker()(CUSTOMER_1)).rejects.toMatchObject({ name: 'TooManyRequestsException' });
    await expect(worker()({ Items: [CUSTOMER_2] })).rejects.toMatchObject({ name: 'TooManyRequestsException' });
  });

  test('after throttling, retrying the same batch converges on the same end state', async () => {
    let throttled = false;
    cognito.on('AdminCreateUser', (request) => {
      const username = request.body.Username as string;
      if (username === 'customer2@example.com' && !throttled) {
        throttled = true;
        return awsError(400, 'TooManyRequestsException', 'Rate exceeded');
      }
      if (users.has(username)) {
        return awsError(400, 'UsernameExistsException', 'User account already exists');
      }
      users.add(username);
      return { status: 200, body: { User: { Username: username } } };
    });
    const handler = worker();
    const batch = { Items: [CUSTOMER_1, CUSTOMER_2] };
    await expect(handler(batch)).rejects.toMatchObject({ name: 'TooManyRequestsException' });
    const retried = await handler(batch) as RowResult[];
    expect(retried.map((result) => result.outcome)).toEqual(['unchanged', 'created']);
    expect([...users].sort()).toEqual(['customer1@example.com', 'customer2@example.com']);
  });

  test('errors of the whole run are thrown, not reported per row', async () => {
    cognito.on('AdminCreateUser', () => awsError(400, 'ResourceNotFoundException', 'User pool does not exist.'));
    await expect(worker()(CUSTOMER_1)).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    cognito.on('AdminCreateUser', () => awsError(500, 'InternalErrorException', 'Internal error'));
    await expect(worker()(CUSTOMER_1)).rejects.toMatchObject({ name: 'InternalErrorException' });
  });

  test.each([
    [act('promote'), 'unknown action "promote"; expected one of create, enable, disable, delete, reset-password, update-attributes'],
    [act('create', '   '), 'the username column is missing or empty'],
    [{ action: 'create' }, 'the username column is missing or empty'],
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
  });

  test('property: malformed rows and batches never cause a TypeError, only a reported outcome', async () => {
    const handler = worker();
    const rows = fc.oneof(malformedEvents(CUSTOMER_1), malformedEvents({ Items: [CUSTOMER_1, CUSTOMER_2] }));
    await fc.assert(fc.asyncProperty(rows, async (input) => {
      users.clear();
      const result = await handler(input);
      for (const entry of Array.isArray(result) ? result : [result]) {
        expect(USER_IMPORT_OUTCOMES).toContain(entry.outcome);
        expect(typeof entry.username).toBe('string');
        expect(typeof entry.action).toBe('string');
      }
    }), { numRuns: 200 });
  });
});
