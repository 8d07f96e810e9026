import {
  CognitoIdentityProviderClient, ListUsersCommand, ListUsersInGroupCommand, UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import { Template } from 'aws-cdk-lib/assertions';
import { RowResult } from '../../../lambda/user-import-worker.lambda';
import { USER_IMPORT_ENV } from '../../../lib/private/operations-environment';
import { SCAN_ENV } from '../../../lib/private/scan-environment';
import { awsEnvironment, loadBundle, setEnvironment } from '../../lambda/support/bundled-handler';
import { mapSettings, MapSettings, runDistributedMap } from '../fault-injection/support/distributed-map';
import { backupStack } from '../support/backup-stack';
import { FakeS3 } from '../support/fake-s3';
import { population, PersonRecord, storedGroups, TENANTS } from '../support/lifecycle-population';
import { SeededCognitoLocal, startSeededCognitoLocal, StoredUser } from '../support/seeded-cognito-local';
import { driveScan } from '../support/step-functions-driver';

const SOURCE_POOL = 'local_backup01';
// A fresh, empty pool in the same emulator: the recreated pool a restore fills.
const RESTORED_POOL = 'local_restored1';
const USERS = 2_000;
const NOW = Date.parse('2026-12-01T02:00:00.000Z');
const STARTED_AT = new Date(NOW).toISOString();
const RUN = 'backups/2026-12-01T02-00-00Z/';
const BACKUP_BUCKET = 'pool-backups';
const IMPORT_BUCKET = 'user-import';
const BUDGET_MS = 50_000;
const GROUPS = ['admins', 'support'];

const people = population(USERS, NOW);
// The workers' real S3 client talks to this local S3.
const aws = new FakeS3();
let cognito: SeededCognitoLocal;
let client: CognitoIdentityProviderClient;
let restoreEnvironment: () => void;
let settings: MapSettings;

/** Every attribute a user of the source pool has besides `sub`: standard, verified flags, custom ones. */
function attributesOf(person: PersonRecord, index: number): Record<string, string> {
  return {
    email: `${person.username}@example.com`,
    email_verified: String(index % 3 !== 0),
    given_name: `Given ${index}`,
    ...(index % 4 === 0 && { phone_number: `+4470000${String(index).padStart(5, '0')}`, phone_number_verified: String(index % 8 === 0) }),
    ...(person.tenant && { 'custom:tenant_id': person.tenant }),
    ...(index % 5 === 0 && { 'custom:plan': index % 10 === 0 ? 'gold' : 'basic' }),
  };
}

const seeded: StoredUser[] = people.map((person, index) => ({
  Username: person.username,
  Attributes: [{ Name: 'sub', Value: person.sub }, ...Object.entries(attributesOf(person, index)).map(([Name, Value]) => ({ Name, Value }))],
  Enabled: person.enabled,
  UserStatus: person.status,
  UserCreateDate: new Date(person.createdAt).toISOString(),
  UserLastModifiedDate: new Date(person.createdAt).toISOString(),
  RefreshTokens: [],
}));

const readObject = (bucket: string, key: string) => aws.objects.get(`${bucket}/${key}`)!.body;
const jsonLines = (text: string) => text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line));
const invocation = (budgetMs = BUDGET_MS) => {
  const end = Date.now() + budgetMs;
  return { getRemainingTimeInMillis: () => end - Date.now() };
};
const random = () => 0.5;

/** Every user of a cognito-local pool (it ignores Limit and PaginationToken and answers with all of them). */
async function listAll(UserPoolId: string): Promise<Map<string, UserType>> {
  const { Users = [] } = await client.send(new ListUsersCommand({ UserPoolId }));
  return new Map(Users.map((user) => [user.Username!, user]));
}
const attributeMap = (user: UserType) => Object.fromEntries((user.Attributes ?? []).map(({ Name, Value }) => [Name!, Value!]));

/** Runs the restore of `run` into `poolId` as the state machine does: plan, then each file's batches, users before memberships. */
async function restore(poolId: string, run: string, execution: string) {
  const { handler } = loadBundle('user-import-worker', {
    [USER_IMPORT_ENV.userPoolId]: poolId,
    [USER_IMPORT_ENV.allowedAttributes]: 'email',
    [USER_IMPORT_ENV.previousSubAttribute]: 'custom:previous_sub',
    [USER_IMPORT_ENV.callIntervalMs]: '0',
    [USER_IMPORT_ENV.maxRowsPerBatch]: String(settings.maxRowsPerBatch),
  });
  const plan = await handler({ restorePlan: { bucket: BACKUP_BUCKET, run, planBucket: IMPORT_BUCKET, planKey: `reports/plans/${execution}` } }, invocation());
  const phase = async (listKey: string, kind: string) => {
    const lines: RowResult[] = [];
    const failedBatches: string[] = [];
    for (const { key } of JSON.parse(readObject(IMPORT_BUCKET, listKey)) as Array<{ key: string }>) {
      const items = jsonLines(readObject(BACKUP_BUCKET, key));
      const size = settings.maxRowsPerBatch;
      const batches = Array.from({ length: Math.ceil(items.length / settings.maxRowsPerBatch) },
        (_, index) => ({ Items: items.slice(index * size, (index + 1) * size), BatchInput: { restore: kind } }));
      const children = await runDistributedMap(batches, (batch) => handler(batch, invocation()), settings, 10, random);
      children.forEach((child) => (child.error ? failedBatches.push(child.error) : lines.push(...child.output as RowResult[])));
    }
    return { lines, failedBatches };
  };
  const users = await phase(plan.userFilesKey, 'users');
  const memberships = await phase(plan.membershipFilesKey, 'memberships');
  return { plan, users, memberships };
}

beforeAll(async () => {
  const groups = storedGroups(people, SOURCE_POOL, GROUPS).map((group, index) => ({ ...group, Description: `The ${group.GroupName}`, Precedence: index + 1 }));
  cognito = await startSeededCognitoLocal(SOURCE_POOL, seeded, groups, [RESTORED_POOL]);
  restoreEnvironment = setEnvironment({ ...awsEnvironment(cognito.endpoint), AWS_ENDPOINT_URL_S3: await aws.start() });
  client = new CognitoIdentityProviderClient({ endpoint: cognito.endpoint, region: 'eu-west-1' });
  // The map's retry, concurrency and batch size as the restore pipeline is synthesized.
  settings = mapSettings(Template.fromStack(backupStack().stack));
}, 60_000);

afterAll(async () => {
  client?.destroy();
  restoreEnvironment?.();
  await Promise.all([cognito?.stop(), aws.stop()]);
});

describe('backup and restore (bundled workers, cognito-local)', () => {
  let restoredPool: string;
  let first: Awaited<ReturnType<typeof restore>>;

  test('the backup writes every user, group and membership, and the manifest last, naming every file', async () => {
    const { handler } = loadBundle('user-pool-backup', {
      [SCAN_ENV.userPoolId]: SOURCE_POOL, [SCAN_ENV.listIntervalMs]: '0', [SCAN_ENV.reportBucket]: BACKUP_BUCKET, [SCAN_ENV.reportPrefix]: 'backups/',
    });
    const writeObject = (bucket: string, key: string, body: string) => aws.objects.set(`${bucket}/${key}`, { body, contentType: 'application/json' });
    const run = await driveScan(handler, STARTED_AT, BUDGET_MS, writeObject, BACKUP_BUCKET, 'backups/map-results/');
    expect(run.result).toEqual({ manifestKey: `${RUN}manifest.json`, userCount: USERS, groupCount: GROUPS.length });
    const manifest = JSON.parse(readObject(BACKUP_BUCKET, `${RUN}manifest.json`));
    expect(manifest).toMatchObject({ format: 'cdk-cognito-enterprise/user-pool-backup', version: 1, userPoolId: SOURCE_POOL, startedAt: STARTED_AT, userCount: USERS, groupCount: 2 });
    const users = manifest.userFiles.flatMap((key: string) => jsonLines(readObject(BACKUP_BUCKET, key)));
    expect(users).toHaveLength(USERS);
    expect(new Set(users.map((user: { sub: string }) => user.sub))).toEqual(new Set(people.map((person) => person.sub)));
    const sample = users.find((user: { username: string }) => user.username === 'user-00004');
    expect(sample).toEqual({
      username: 'user-00004',
      sub: people[4].sub,
      attributes: attributesOf(people[4], 4),
      status: people[4].status,
      enabled: people[4].enabled,
      createdAt: new Date(people[4].createdAt).toISOString(),
      lastModifiedAt: new Date(people[4].createdAt).toISOString(),
    });
    expect(JSON.parse(readObject(BACKUP_BUCKET, `${RUN}groups.json`))).toEqual([
      { name: 'admins', description: 'The admins', precedence: 1 }, { name: 'support', description: 'The support', precedence: 2 },
    ]);
    const memberships = manifest.membershipFiles.flatMap((key: string) => jsonLines(readObject(BACKUP_BUCKET, key)));
    const expected = people.flatMap((person) => person.groups.map((group) => ({ group, username: person.username })));
    expect(memberships).toHaveLength(expected.length);
    expect(memberships).toEqual(expect.arrayContaining(expected));
    // Nothing in the export is a secret: each line has exactly the contract's fields, the attributes are the users' own.
    const fields = new Set(users.map((user: object) => Object.keys(user).sort().join()));
    expect([...fields]).toEqual(['attributes,createdAt,enabled,lastModifiedAt,status,sub,username']);
  }, 120_000);

  test('a restore into a fresh pool brings back every user\'s attributes, enabled flag and groups, and maps every old sub to the new one', async () => {
    restoredPool = RESTORED_POOL;
    expect((await listAll(restoredPool)).size).toBe(0);
    const started = Date.now();
    first = await restore(restoredPool, RUN, 'restore-1');
    const elapsed = Date.now() - started;
    expect(first.plan).toMatchObject({ userPoolId: SOURCE_POOL, userCount: USERS, groupsCreated: 2, groupsWithoutRole: 0 });
    expect(first.users.failedBatches).toEqual([]);
    expect(first.memberships.failedBatches).toEqual([]);
    expect(first.users.lines.filter((line) => line.outcome !== 'created').slice(0, 3)).toEqual([]);

    const restored = await listAll(restoredPool);
    expect(restored.size).toBe(USERS);
    const mapping = new Map(first.users.lines.map((line) => [line.username, line]));
    people.forEach((person, index) => {
      const user = restored.get(person.username)!;
      const { sub, ...attributes } = attributeMap(user);
      expect(attributes).toEqual({ ...attributesOf(person, index), 'custom:previous_sub': person.sub });
      expect(user.Enabled).toBe(person.enabled);
      // A new pool gives a new sub; users set a new password at first sign-in.
      expect(sub).not.toBe(person.sub);
      expect(user.UserStatus).toBe('FORCE_CHANGE_PASSWORD');
      expect(mapping.get(person.username)).toEqual({ username: person.username, action: 'restore', outcome: 'created', previousSub: person.sub, sub });
    });
    for (const group of GROUPS) {
      const { Users = [] } = await client.send(new ListUsersInGroupCommand({ UserPoolId: restoredPool, GroupName: group }));
      const members = people.filter((person) => person.groups.includes(group)).map((person) => person.username);
      expect(Users.map((user) => user.Username).sort()).toEqual(members.sort());
    }
    const outcomes = (lines: RowResult[]) => lines.reduce<Record<string, number>>(
      (counts, line) => ({ ...counts, [line.outcome]: (counts[line.outcome] ?? 0) + 1 }), {});
    expect(outcomes(first.users.lines)).toEqual({ created: USERS });
    const disabled = people.filter((person) => !person.enabled).length;
    console.log(JSON.stringify({ users: USERS, disabled, memberships: first.memberships.lines.length, elapsedMs: elapsed }));
  }, 600_000);

  test('running the same restore again changes nothing: every user unchanged, memberships added again harmlessly, the mapping complete again', async () => {
    const before = await listAll(restoredPool);
    const again = await restore(restoredPool, RUN, 'restore-2');
    expect(again.plan).toMatchObject({ groupsCreated: expect.any(Number) });
    expect(new Set(again.users.lines.map((line) => line.outcome))).toEqual(new Set(['unchanged']));
    expect(again.users.lines.map((line) => [line.username, line.sub])).toEqual(first.users.lines.map((line) => [line.username, line.sub]));
    expect(new Set(again.memberships.lines.map((line) => line.outcome))).toEqual(new Set(['updated']));
    const after = await listAll(restoredPool);
    expect(after.size).toBe(before.size);
    for (const [username, user] of before) {
      expect(attributeMap(after.get(username)!)).toEqual(attributeMap(user));
      expect(after.get(username)!.Enabled).toBe(user.Enabled);
    }
  }, 600_000);

  test('a run without a manifest, or of another format or version, is refused before anything is created', async () => {
    const { handler } = loadBundle('user-import-worker', { [USER_IMPORT_ENV.userPoolId]: restoredPool, [USER_IMPORT_ENV.allowedAttributes]: 'email' });
    const plan = (run: string) => handler({ restorePlan: { bucket: BACKUP_BUCKET, run, planBucket: IMPORT_BUCKET, planKey: 'reports/plans/refused' } });
    aws.objects.set(`${BACKUP_BUCKET}/backups/unfinished/groups.json`, { body: '[{"name":"intruders"}]', contentType: 'application/json' });
    await expect(plan('backups/unfinished/')).rejects.toMatchObject({ name: 'BackupIncomplete' });
    for (const manifest of [{ format: 'cdk-cognito-enterprise/user-pool-backup', version: 2 }, { format: 'other', version: 1 }]) {
      aws.objects.set(`${BACKUP_BUCKET}/backups/other/manifest.json`, { body: JSON.stringify({ ...manifest, userFiles: [], membershipFiles: [] }), contentType: '' });
      await expect(plan('backups/other/')).rejects.toMatchObject({ name: 'BackupUnsupported' });
    }
    aws.objects.set(`${BACKUP_BUCKET}/backups/steering/manifest.json`, {
      body: JSON.stringify({ format: 'cdk-cognito-enterprise/user-pool-backup', version: 1, userFiles: ['imports/elsewhere.jsonl'], membershipFiles: [] }), contentType: '',
    });
    await expect(plan('backups/steering/')).rejects.toMatchObject({ name: 'BackupUnsupported', message: expect.stringMatching(/outside its run/) });
    expect(aws.objects.has(`${IMPORT_BUCKET}/reports/plans/refused-users.json`)).toBe(false);
  });
});

test('the population spreads over the states a restore distinguishes', () => {
  expect(people.filter((person) => !person.enabled).length).toBeGreaterThan(100);
  expect(new Set(people.map((person) => person.status)).size).toBe(3);
  expect(people.filter((person) => person.groups.length > 0).length).toBeGreaterThan(50);
  expect(new Set(people.map((person) => person.tenant))).toEqual(new Set([...TENANTS, undefined]));
});
