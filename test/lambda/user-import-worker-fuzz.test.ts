import * as fc from 'fast-check';
import { STANDARD_IMPORT_ATTRIBUTES, USER_IMPORT_ACTIONS, USER_IMPORT_ENV } from '../../lib/private/operations-environment';
import { FakeCognito } from '../operations/fault-injection/support/fake-cognito';
import { BundleThread } from '../operations/fault-injection/support/native-bundle';

// Every value the fuzz puts in a cell carries this mark, so a log line that repeats one is found.
const MARK = 'S3CRET';
const DELIBERATE = new Set(['ImportFileMalformed', 'TooManyRequestsException', 'CognitoTransientError']);

const secret = fc.string({ maxLength: 12 }).map((text) => `${MARK}${text}`);
const column = fc.oneof(
  fc.constantFrom('action', 'username', ' action ', '\uFEFFusername', 'USERNAME', 'password', 'temporary_password', '__proto__', 'constructor',
    'toString', 'custom:tier', 'custom:', 'email_verified', ...STANDARD_IMPORT_ATTRIBUTES),
  fc.string({ maxLength: 25 }),
);
const cell = fc.oneof(
  { weight: 6, arbitrary: secret },
  { weight: 2, arbitrary: fc.constantFrom(...USER_IMPORT_ACTIONS, ' CREATE ', 'delete\u0000', '') },
  { weight: 1, arbitrary: fc.string({ minLength: 2040, maxLength: 2100 }).map((text) => `${MARK}${text}`) },
  { weight: 1, arbitrary: fc.anything() },
);
const row = fc.dictionary(column, cell, { maxKeys: 8 }).map((cells) => ({ action: 'create', username: `${MARK}user`, ...cells }));
const hostile = fc.oneof(
  row,
  fc.record({ Items: fc.array(fc.oneof({ weight: 5, arbitrary: row }, { weight: 1, arbitrary: fc.anything() }), { maxLength: 6 }) }),
  fc.record({ Items: fc.anything() }),
  fc.record({ plan: fc.oneof(fc.anything(), fc.record({ bucket: secret, key: fc.anything() })) }),
  fc.anything(),
);

describe('user-import worker fuzz (bundled, seeded): hostile rows and events', () => {
  const cognito = new FakeCognito('fuzz', 0.05);
  let worker: BundleThread;

  beforeAll(async () => {
    worker = new BundleThread('user-import-worker', {
      [USER_IMPORT_ENV.userPoolId]: 'eu-west-1_Fuzz0001',
      [USER_IMPORT_ENV.allowedAttributes]: [...STANDARD_IMPORT_ATTRIBUTES, 'custom:tier'].join(','),
      [USER_IMPORT_ENV.callTimeoutMs]: '100',
      AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: await cognito.start(),
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
    });
  });
  afterAll(async () => {
    await worker.stop();
    await cognito.stop();
  });

  test('no TypeError or ReferenceError, only report lines or deliberate errors, and no cell value in any log line or error', async () => {
    let runs = 0;
    await fc.assert(fc.asyncProperty(hostile, async (event) => {
      runs++;
      try {
        const output = await worker.invoke(event, 1_000);
        for (const line of [output].flat() as Array<Record<string, unknown>>) {
          expect(['created', 'updated', 'deleted', 'unchanged', 'failed', 'throttled', 'unknown']).toContain(line.outcome);
          expect(typeof line.username).toBe('string');
        }
      } catch (error) {
        expect(DELIBERATE).toContain((error as Error).name);
        expect((error as Error).message).not.toContain(MARK);
      }
    }), { seed: 20261201, numRuns: 150 });
    expect(runs).toBe(150);
    expect(worker.logs.length).toBeGreaterThan(50);
    expect(worker.logs.filter((line) => line.includes(MARK))).toEqual([]);
  });
});
