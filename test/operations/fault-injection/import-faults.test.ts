import { Template } from 'aws-cdk-lib/assertions';
import { mapSettings, MapSettings, runDistributedMap } from './support/distributed-map';
import { FakeCognito, FakeUser, FAULT_KINDS } from './support/fake-cognito';
import { BundleThread } from './support/native-bundle';
import { accountRows, CsvRow, ReportLine } from './support/row-accounting';
import { planImportFile } from '../../../lambda/shared/plan-import-file';
import { PlannedBatch } from '../../../lambda/shared/user-import-plan';
import { USER_IMPORT_ENV, USER_IMPORT_TIMING } from '../../../lib/private/operations-environment';
import { importPipelineStack } from '../support/import-pipeline-stack';

const SEED = 20261201;
const USERS = 700;
const FAULT_RATE = 0.1;
// The worker's deadlines, scaled down together: a 300 ms call timeout stands for the 3 s one.
const CALL_TIMEOUT_MS = 300;
const SCALE = CALL_TIMEOUT_MS / USER_IMPORT_TIMING.callTimeoutMs;
const ATTRIBUTES = ['email', 'given_name', 'family_name'];
const ACTIONS = ['create', 'create', 'update-attributes', 'disable', 'enable', 'reset-password', 'delete', 'promote'];

/** A small seeded generator (Park and Miller's minimal standard), so the file and every jitter are the same on each run. */
function seededRandom(seed: number): () => number {
  let state = seed % 2_147_483_647;
  return () => {
    state = (state * 48_271) % 2_147_483_647;
    return (state - 1) / 2_147_483_646;
  };
}

/** A file of one to five rows per user, users interleaved, and a pool where about a third of them already exist. */
function importFile(random: () => number): { rows: CsvRow[]; existing: Map<string, FakeUser> } {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const existing = new Map<string, FakeUser>();
  const perUser: CsvRow[][] = [];
  for (let user = 0; user < USERS; user++) {
    const username = `user${user}@example.com`;
    if (random() < 0.35) {
      existing.set(username, { attributes: { email: username }, enabled: random() < 0.8, status: 'CONFIRMED', created: 0, modified: 0 });
    }
    perUser.push(Array.from({ length: 1 + Math.floor(random() * 5) }, (_, index) => {
      const action = pick(ACTIONS);
      const cells: CsvRow = { action, username, email: '', given_name: '', family_name: '' };
      if (action === 'create' || action === 'update-attributes') {
        cells.given_name = `Given${user}x${index}`;
        cells[pick(ATTRIBUTES.filter((name) => name !== 'given_name'))] = action === 'create' ? username : `Family${index}`;
      }
      return cells;
    }));
  }
  const rows: CsvRow[] = [];
  while (perUser.some((queue) => queue.length > 0)) {
    const queue = perUser[Math.floor(random() * perUser.length)];
    if (queue.length > 0) {
      rows.push(queue.shift()!);
    }
  }
  return { rows, existing };
}

/** The rows as a CSV file, every cell quoted. */
function toCsv(rows: CsvRow[]): string {
  const columns = Object.keys(rows[0]);
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  return [columns.map(quote).join(','), ...rows.map((row) => columns.map((column) => quote(row[column])).join(','))].join('\r\n');
}

describe('user-import worker under injected Cognito faults (bundled worker, fake Cognito on 127.0.0.1)', () => {
  const fake = new FakeCognito(String(SEED), FAULT_RATE);
  let worker: BundleThread;
  let settings: MapSettings;

  beforeAll(async () => {
    // The map settings come from the synthesized template: retries, concurrency and batch size as deployed.
    const { stack } = importPipelineStack({ maxConcurrency: 10, maxRequestsPerSecond: 50, maxRowsPerBatch: 10 });
    settings = mapSettings(Template.fromStack(stack));
    const environment = {
      [USER_IMPORT_ENV.userPoolId]: 'eu-west-1_Faults01',
      [USER_IMPORT_ENV.allowedAttributes]: ATTRIBUTES.join(','),
      [USER_IMPORT_ENV.callIntervalMs]: '0',
      [USER_IMPORT_ENV.callTimeoutMs]: String(CALL_TIMEOUT_MS),
      AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: await fake.start(),
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
    };
    worker = new BundleThread('user-import-worker', environment);
  });
  afterAll(async () => {
    await worker.stop();
    await fake.stop();
  });

  test('several thousand rows: none lost, every one with an outcome that Cognito\'s final state confirms, each user\'s rows in order', async () => {
    const random = seededRandom(SEED);
    const { rows, existing } = importFile(random);
    existing.forEach((user, username) => fake.users.set(username, { ...user, attributes: { ...user.attributes } }));
    const before = new Map([...existing].map(([username, user]) => [username, { ...user, attributes: { ...user.attributes } }]));
    // The plan step's own code turns the CSV text into batches.
    const files = new Map([['imports/users.csv', toCsv(rows)]]);
    const store = {
      read: async (_: string, key: string) => files.get(key)!,
      write: async (_: string, key: string, text: string) => void files.set(key, text),
    };
    await planImportFile(store, { bucket: 'imports', key: 'imports/users.csv', planKey: 'reports/plans/run.jsonl' }, settings.maxRowsPerBatch);
    const batches = files.get('reports/plans/run.jsonl')!.split('\n').map((line) => JSON.parse(line) as PlannedBatch);
    const invocationMs = settings.workerTimeoutSeconds * 1000 * SCALE;

    const started = Date.now();
    // A throttling storm longer than an invocation at the start: the first batches fail whole and the
    // state machine's Retry (as synthesized) runs them again.
    fake.stormAtNextRequestMs = invocationMs * 0.8;
    const children = await runDistributedMap(batches, (batch) => worker.invoke(batch, invocationMs), settings, 1000 * SCALE, random);
    const elapsed = Date.now() - started;

    // A user's rows are in one batch in file order, so the n-th row of a user in the batches is its n-th row in the file.
    const rowsOf = new Map<string, number[]>();
    rows.forEach((row, index) => rowsOf.set(row.username, [...rowsOf.get(row.username) ?? [], index]));
    const lines = new Map<number, ReportLine | 'failed'>();
    children.forEach((child, batch) => batches[batch].Items.forEach((row, position) => {
      lines.set(rowsOf.get((row as CsvRow).username)!.shift()!, child.error ? 'failed' : (child.output as ReportLine[])[position]);
    }));
    expect([...rowsOf.values()].flat()).toEqual([]);
    const accounting = accountRows(rows, lines, fake, before);
    const retried = children.filter((child) => child.attempts > 1).length;
    const childErrors: Record<string, number> = {};
    children.forEach((child) => child.error && (childErrors[child.error] = (childErrors[child.error] ?? 0) + 1));
    // The figures of the run, for the record.
    console.log(JSON.stringify({
      rows: accounting.rows,
      batches: batches.length,
      requests: fake.requests,
      faults: fake.faults,
      retriedBatches: retried,
      failedBatches: childErrors,
      lost: accounting.lost,
      withoutOutcome: accounting.withoutOutcome,
      contradicting: accounting.contradicting,
      outcomes: accounting.outcomes,
      elapsedMs: elapsed,
    }));
    expect(accounting.problems.slice(0, 10)).toEqual([]);
    expect(rows.length).toBeGreaterThan(2_000);
    expect(accounting).toMatchObject({ lost: 0, withoutOutcome: 0, contradicting: 0 });
    // Every kind of fault was met, and the rows the worker could not apply in time are a small minority.
    for (const kind of FAULT_KINDS) {
      expect(fake.faults[kind]).toBeGreaterThanOrEqual(8);
    }
    expect(accounting.outcomes.throttled ?? 0).toBeLessThan(rows.length / 20);
    expect(retried).toBeGreaterThan(0);
    // The worker's logs carry counts only: no username or attribute value.
    expect(worker.logs.join('\n')).not.toMatch(/example\.com|Given\d|Family\d/);
  });
});
