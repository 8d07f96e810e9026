import { Template } from 'aws-cdk-lib/assertions';
import { mapSettings, MapSettings, runDistributedMap } from './support/distributed-map';
import { FakeCognito, FAULT_KINDS } from './support/fake-cognito';
import { BundleThread } from './support/native-bundle';
import { RowResult } from '../../../lambda/user-import-worker.lambda';
import { USER_IMPORT_ENV, USER_IMPORT_TIMING } from '../../../lib/private/operations-environment';
import { backupStack } from '../support/backup-stack';

const SEED = 20261202;
const USERS = 600;
const FAULT_RATE = 0.1;
// The worker's deadlines, scaled down together: a 300 ms call timeout stands for the 3 s one.
const CALL_TIMEOUT_MS = 300;
const SCALE = CALL_TIMEOUT_MS / USER_IMPORT_TIMING.callTimeoutMs;
const GROUPS = ['admins', 'support', 'auditors'];

/** A seeded generator (Park and Miller's minimal standard), so the population and every jitter are the same on each run. */
function seededRandom(seed: number): () => number {
  let state = seed % 2_147_483_647;
  return () => {
    state = (state * 48_271) % 2_147_483_647;
    return (state - 1) / 2_147_483_646;
  };
}

const backedUp = Array.from({ length: USERS }, (_, index) => ({
  username: `user${index}`,
  sub: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  attributes: { 'email': `user${index}@example.com`, 'email_verified': String(index % 2 === 0), 'custom:tier': `t${index % 3}` },
  status: 'CONFIRMED',
  enabled: index % 7 !== 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  lastModifiedAt: '2026-01-01T00:00:00.000Z',
}));
const memberships = backedUp.flatMap((user, index) => GROUPS
  .filter((_, group) => (index + group) % 4 === 0)
  .map((group) => ({ group, username: user.username })));

describe('restore under injected Cognito faults (bundled worker, fake Cognito on 127.0.0.1)', () => {
  const fake = new FakeCognito(String(SEED), FAULT_RATE);
  let worker: BundleThread;
  let settings: MapSettings;

  beforeAll(async () => {
    settings = mapSettings(Template.fromStack(backupStack().stack));
    fake.assignSubs = true;
    worker = new BundleThread('user-import-worker', {
      [USER_IMPORT_ENV.userPoolId]: 'eu-west-1_Restore01',
      [USER_IMPORT_ENV.allowedAttributes]: 'email',
      [USER_IMPORT_ENV.previousSubAttribute]: 'custom:previous_sub',
      [USER_IMPORT_ENV.callIntervalMs]: '0',
      [USER_IMPORT_ENV.callTimeoutMs]: String(CALL_TIMEOUT_MS),
      AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: await fake.start(),
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
    });
  });
  afterAll(async () => {
    await worker.stop();
    await fake.stop();
  });

  test('users and memberships: every line has an outcome the fake\'s final state confirms; run again, every user is complete', async () => {
    const random = seededRandom(SEED);
    const invocationMs = settings.workerTimeoutSeconds * 1000 * SCALE;
    GROUPS.forEach((group) => fake.groups.set(group, new Set()));
    const size = settings.maxRowsPerBatch;
    const batches = (items: object[], restore: string) => Array.from({ length: Math.ceil(items.length / size) },
      (_, index) => ({ Items: items.slice(index * size, (index + 1) * size), BatchInput: { restore } }));
    const run = async (items: object[], restore: string) => {
      const invoke = (batch: unknown) => worker.invoke(batch, invocationMs);
      const children = await runDistributedMap(batches(items, restore), invoke, settings, 1000 * SCALE, random);
      return children.flatMap((child) => (child.error ? [] : child.output as RowResult[]));
    };
    const problems: string[] = [];
    const check = (lines: RowResult[]) => {
      for (const line of lines.filter((entry) => entry.action === 'restore')) {
        const source = backedUp.find((user) => user.username === line.username)!;
        const user = fake.users.get(line.username);
        if (line.outcome === 'created' || line.outcome === 'unchanged' || line.outcome === 'updated') {
          // A reported user exists with its attributes, the old sub kept, the new one reported, and disabled when it was.
          const { sub, ...attributes } = user?.attributes ?? {};
          if (!user || JSON.stringify(attributes) !== JSON.stringify({ ...source.attributes, 'custom:previous_sub': source.sub })
            || line.sub !== sub || line.previousSub !== source.sub || user.enabled !== source.enabled) {
            problems.push(`${line.username} reported ${line.outcome} but the pool disagrees`);
          }
        } else if (line.outcome === 'throttled' && user && user.modified > 0 && line.sub) {
          problems.push(`${line.username} reported throttled with a sub`);
        }
      }
    };

    const first = await run(backedUp, 'users');
    check(first);
    const firstMemberships = await run(memberships, 'memberships');
    for (const line of firstMemberships.filter((entry) => entry.outcome === 'updated')) {
      if (!fake.groups.get(line.group!)?.has(line.username)) {
        problems.push(`${line.username} reported in ${line.group} but is not`);
      }
    }
    // The restore is run again, as an operator would after a run with unknown or throttled lines: it completes every user.
    const second = await run(backedUp, 'users');
    check(second);
    await run(memberships, 'memberships');
    const outcomes = (lines: RowResult[]) => lines.reduce<Record<string, number>>(
      (counts, line) => ({ ...counts, [line.outcome]: (counts[line.outcome] ?? 0) + 1 }), {});
    const figures = { users: USERS, memberships: memberships.length, requests: fake.requests, faults: fake.faults };
    console.log(JSON.stringify({ ...figures, first: outcomes(first), second: outcomes(second) }));

    expect(problems.slice(0, 10)).toEqual([]);
    // No line lost: every user and membership has its report line, in both runs.
    expect([first.length, second.length, firstMemberships.length]).toEqual([USERS, USERS, memberships.length]);
    for (const source of backedUp) {
      const user = fake.users.get(source.username);
      expect(user?.enabled).toBe(source.enabled);
      expect(user?.attributes['custom:previous_sub']).toBe(source.sub);
    }
    for (const group of GROUPS) {
      const members = memberships.filter((entry) => entry.group === group).map((entry) => entry.username);
      expect([...fake.groups.get(group)!].sort()).toEqual(members.sort());
    }
    expect(Object.keys(outcomes(first)).sort()).toEqual(expect.arrayContaining(['created']));
    expect(new Set(second.map((line) => line.outcome))).toEqual(new Set(['unchanged', 'updated'].filter((outcome) => second.some((line) => line.outcome === outcome))));
    for (const kind of FAULT_KINDS) {
      expect(fake.faults[kind]).toBeGreaterThan(0);
    }
  }, 300_000);
});
