import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StormDBDataStoreFactory } from 'cognito-local/lib/services/dataStore/stormDb';

// The emulator the operations tests start runs with this preload: cognito-local's own data
// store, whose files are written when the test asks for them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { flushAll } = require('./support/cognito-local-deferred-store') as { flushAll: () => void };

const context = { logger: { debug: () => undefined } } as never;
let directory: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'cognito-local-store-'));
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

const user = (index: number) => ({
  Username: `user-${index}`,
  Attributes: [{ Name: 'email', Value: `user-${index}@example.com` }],
  Enabled: index % 2 === 0,
  UserStatus: 'CONFIRMED',
  UserCreateDate: new Date(Date.UTC(2026, 0, 1, 0, 0, index)),
  UserLastModifiedDate: new Date(Date.UTC(2026, 0, 2, 0, 0, index)),
});
const file = () => join(directory, 'pool.json');
const onDisk = () => JSON.parse(readFileSync(file(), 'utf8'));
const createStore = () => new StormDBDataStoreFactory(directory).create(context, 'pool', { Users: {}, Options: { Id: 'pool' } });

test('changes stay in memory until a flush, which writes the pool in cognito-local\'s own format', async () => {
  const store = await createStore();
  flushAll();
  const empty = readFileSync(file(), 'utf8');
  for (let index = 0; index < 3; index++) {
    await store.set(context, ['Users', `user-${index}`], user(index));
  }
  await store.delete(context, ['Users', 'user-1']);
  // cognito-local reads its own state back; only the file waits.
  expect(await store.get(context, ['Users', 'user-2'])).toEqual(user(2));
  expect(readFileSync(file(), 'utf8')).toBe(empty);

  flushAll();
  const text = readFileSync(file(), 'utf8');
  expect(text).toBe(JSON.stringify(JSON.parse(text), undefined, 2));
  expect(onDisk()).toEqual({
    Users: {
      'user-0': { ...user(0), UserCreateDate: '2026-01-01T00:00:00.000Z', UserLastModifiedDate: '2026-01-02T00:00:00.000Z' },
      'user-2': { ...user(2), UserCreateDate: '2026-01-01T00:00:02.000Z', UserLastModifiedDate: '2026-01-02T00:00:02.000Z' },
    },
    Options: { Id: 'pool' },
  });
});

test('a flush leaves a file cognito-local deleted deleted, and writes nothing when nothing changed', async () => {
  const store = await createStore();
  await store.set(context, ['Users', 'user-0'], user(0));
  flushAll();
  writeFileSync(file(), 'untouched');
  flushAll();
  expect(readFileSync(file(), 'utf8')).toBe('untouched');

  await store.set(context, ['Users', 'user-1'], user(1));
  rmSync(file());
  flushAll();
  expect(existsSync(file())).toBe(false);
});
