import { INACTIVE_USER_ENV } from '../../../lib/private/inactive-user-environment';
import { USER_IMPORT_ENV } from '../../../lib/private/operations-environment';
import { SCAN_ENV, SCAN_PARTITIONS, SCAN_TIMING } from '../../../lib/private/scan-environment';
import { USER_ANALYTICS_ENV } from '../../../lib/private/user-analytics-environment';
import { FakeS3, HTML_500 } from '../../operations/support/fake-s3';
import { awsEnvironment, loadBundle, setEnvironment, settledWithin } from '../support/bundled-handler';
import { FakeAwsServer } from '../support/fake-aws-server';
import { StallingServer, StallMode } from '../support/stalling-servers';

/*
 * The scheduled jobs' workers with one of S3, DynamoDB or SNS pointed at an endpoint that accepts
 * the connection and then never answers, or answers one byte at a time. Without a deadline the
 * worker would wait until Lambda stops it, an error the state machine does not retry, and the run
 * would fail; with one, the step fails with ScanStoreUnavailable, which the state machine retries.
 */
const STORE_CALL_TIMEOUT_MS = 250;
// The deadline, plus loading the SDK client at its first call.
const ENDED_WITHIN_MS = 2_500;
const BUCKET = 'reports-bucket';
const RUN_CONTEXT = { startedAt: '2026-12-01T03:00:00.000Z', runId: '2026-12-01T03-00-00Z' };
const RESULTS = { Bucket: BUCKET, Key: 'reports/map-results/manifest.json' };
const ACCESS_DENIED = '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>';

/** Cognito answering the jobs' list calls at once: one page of two users, two groups of one member. */
function promptCognito(): FakeAwsServer {
  const user = (partition: string, index: number) => ({
    Username: `user-${partition}-${index}`,
    Attributes: [{ Name: 'sub', Value: `${partition}${index}00000-0000-4000-8000-000000000000` }],
    UserStatus: 'CONFIRMED',
    Enabled: true,
    UserCreateDate: 1_700_000_000,
  });
  return new FakeAwsServer()
    .on('ListUsers', ({ body }) => {
      const partition = /"(\w\w)"/.exec(String(body.Filter))?.[1] ?? '00';
      return { status: 200, body: { Users: [user(partition, 1), user(partition, 2)] } };
    })
    .on('ListGroups', () => ({ status: 200, body: { Groups: [{ GroupName: 'admins' }, { GroupName: 'support' }] } }))
    .on('ListUsersInGroup', ({ body }) => ({ status: 200, body: { Users: [{ Username: `${String(body.GroupName)}-member` }] } }));
}

/** What the Distributed Map's result writer leaves for the aggregate step: every partition finished, with `state`. */
function writeMapResults(s3: FakeS3, state: unknown): void {
  const executions = SCAN_PARTITIONS.map((partition) => ({ Output: JSON.stringify({ partition, done: true, state, context: RUN_CONTEXT }) }));
  s3.objects.set(`${BUCKET}/reports/map-results/SUCCEEDED_0.json`, { body: JSON.stringify(executions), contentType: 'application/json' });
  s3.objects.set(`${BUCKET}/${RESULTS.Key}`, {
    body: JSON.stringify({ ResultFiles: { SUCCEEDED: [{ Key: 'reports/map-results/SUCCEEDED_0.json' }] } }), contentType: 'application/json',
  });
}

const scanSettings = {
  [SCAN_ENV.userPoolId]: 'eu-west-1_Stores',
  [SCAN_ENV.listIntervalMs]: '0',
  [SCAN_ENV.reportBucket]: BUCKET,
  [SCAN_ENV.reportPrefix]: 'reports/',
};
const shortDeadline = { ...scanSettings, [SCAN_ENV.storeCallTimeoutMs]: String(STORE_CALL_TIMEOUT_MS) };
const importSettings = { [USER_IMPORT_ENV.userPoolId]: 'eu-west-1_Stores' };
const CSV = 'action,username,email\ncreate,ana,ana@example.com\ncreate,bo,bo@example.com\n';
const planImport = { plan: { bucket: BUCKET, key: 'user-import/input/users.csv', planKey: 'user-import/reports/plans/run-1.jsonl' } };

describe.each<StallMode>(['silent', 'dribble-headers', 'dribble-body'])('a store endpoint that is %s', (mode) => {
  const stalling = new StallingServer(mode);
  const cognito = promptCognito();
  const s3 = new FakeS3();
  let stalled: string;
  let restoreEnvironment: () => void;

  beforeAll(async () => {
    const [stalledEndpoint, cognitoEndpoint, s3Endpoint] = await Promise.all([stalling.start(), cognito.start(), s3.start()]);
    stalled = stalledEndpoint;
    restoreEnvironment = setEnvironment({ ...awsEnvironment(cognitoEndpoint), AWS_ENDPOINT_URL_S3: s3Endpoint });
  });
  afterAll(async () => {
    restoreEnvironment?.();
    await Promise.all([stalling.stop(), cognito.stop(), s3.stop()]);
  });

  /** Runs one request of a worker with one service's endpoint stalled; the SDK reads endpoints at each call. */
  async function stepWithStalled(service: 'S3' | 'DYNAMODB' | 'SNS', bundle: string, settings: Record<string, string>, request: unknown) {
    const variable = `AWS_ENDPOINT_URL_${service}`;
    const restore = setEnvironment({ [variable]: stalled });
    try {
      const { handler } = loadBundle(bundle, { ...shortDeadline, ...settings });
      const connectionsBefore = stalling.connections;
      const outcome = await settledWithin(handler(request), 10_000);
      process.stdout.write(`${mode} ${service}, ${bundle}: ended after ${outcome.elapsed} ms\n`);
      expect(outcome.late ?? false).toBe(false);
      expect(stalling.connections).toBeGreaterThan(connectionsBefore);
      return outcome;
    } finally {
      restore();
    }
  }

  test('S3: the backup\'s prepare step (writing the groups) fails with ScanStoreUnavailable within the deadline', async () => {
    const outcome = await stepWithStalled('S3', 'user-pool-backup', {}, { prepare: { startedAt: RUN_CONTEXT.startedAt } });
    expect(outcome.error).toMatchObject({
      name: 'ScanStoreUnavailable', message: expect.stringMatching(/^Writing reports\/2026-12-01T03-00-00Z\/groups\.json failed \((TimeoutError|AbortError)\)$/),
    });
    expect(outcome.elapsed).toBeLessThan(ENDED_WITHIN_MS);
  });

  test('S3: a backup scan step (reading the groups back) fails with ScanStoreUnavailable within the deadline', async () => {
    const outcome = await stepWithStalled('S3', 'user-pool-backup', {}, { partition: '3c', context: { ...RUN_CONTEXT, groupCount: 2 } });
    expect(outcome.error).toMatchObject({ name: 'ScanStoreUnavailable', message: expect.stringMatching(/^Reading .*groups\.json failed \((TimeoutError|AbortError)\)$/) });
    expect(outcome.elapsed).toBeLessThan(ENDED_WITHIN_MS);
  });

  test('DynamoDB: an analytics scan step (the page\'s sign-ins) fails with ScanStoreUnavailable within the deadline', async () => {
    const outcome = await stepWithStalled('DYNAMODB', 'user-analytics', {
      [USER_ANALYTICS_ENV.signInTable]: 'last-sign-in', [USER_ANALYTICS_ENV.metricNamespace]: 'Test/Users',
    }, { partition: '3c', context: { ...RUN_CONTEXT, now: Date.parse(RUN_CONTEXT.startedAt), trackingStartedAt: 0 } });
    expect(outcome.error).toMatchObject({ name: 'ScanStoreUnavailable', message: expect.stringMatching(/^A page failed \((TimeoutError|AbortError)\)$/) });
    expect(outcome.elapsed).toBeLessThan(ENDED_WITHIN_MS);
  });

  test('SNS: the inactive-user aggregate step writes its summary, then fails with ScanStoreUnavailable within the deadline', async () => {
    writeMapResults(s3, { counts: { 'would-disable': 1, 'active': 1 }, actionFiles: 1 });
    const summaryKey = `${BUCKET}/reports/${RUN_CONTEXT.runId}/summary.json`;
    s3.objects.delete(summaryKey);
    const context = { ...RUN_CONTEXT, now: Date.parse(RUN_CONTEXT.startedAt), trackingStartedAt: 0, enforce: false, exemptKey: 'x', exemptUsers: 0 };
    const outcome = await stepWithStalled('SNS', 'inactive-user-policy', {
      [INACTIVE_USER_ENV.signInTable]: 'last-sign-in', [INACTIVE_USER_ENV.topicArn]: 'arn:aws:sns:eu-west-1:111111111111:inactive-users',
    }, { aggregate: { results: RESULTS, context } });
    expect(outcome.error).toMatchObject({ name: 'ScanStoreUnavailable', message: expect.stringMatching(/^Aggregate failed \((TimeoutError|AbortError)\)$/) });
    expect(outcome.elapsed).toBeLessThan(ENDED_WITHIN_MS);
    // The retry rewrites the same summary and publishes once.
    expect(JSON.parse(s3.objects.get(summaryKey)!.body)).toMatchObject({ evaluated: 512, counts: { 'would-disable': 256, 'active': 256 } });
  });

  test('S3: the import\'s plan step (reading the CSV file) fails with ImportStoreUnavailable within the deadline', async () => {
    // The import worker reads the same STORE_CALL_TIMEOUT_MS (USER_IMPORT_ENV.storeCallTimeoutMs) and ignores the scan's settings.
    expect(USER_IMPORT_ENV.storeCallTimeoutMs).toBe(SCAN_ENV.storeCallTimeoutMs);
    const outcome = await stepWithStalled('S3', 'user-import-worker', importSettings, planImport);
    expect(outcome.error).toMatchObject({ name: 'ImportStoreUnavailable', message: expect.stringMatching(/^Reading user-import\/input\/users\.csv failed \((TimeoutError|AbortError)\)$/) });
    expect(outcome.elapsed).toBeLessThan(ENDED_WITHIN_MS);
  });
});

test('a page starts only with time for a list call, a store operation that runs to its deadline, and the answer', () => {
  expect(SCAN_TIMING.pageMarginMs).toBeGreaterThanOrEqual(SCAN_TIMING.callTimeoutMs + SCAN_TIMING.storeCallTimeoutMs + 1_000);
  // Each attempt is bounded by the SDK too, so one hung connection is tried again within the operation's deadline.
  const { requestHandler } = SCAN_TIMING.storeSdkOptions;
  expect(SCAN_TIMING.storeSdkOptions).not.toHaveProperty('maxAttempts');
  expect(requestHandler.connectionTimeout + requestHandler.requestTimeout).toBeLessThan(SCAN_TIMING.storeCallTimeoutMs);
  expect(requestHandler.throwOnRequestTimeout).toBe(true);
});

describe('S3 failures that are not stalls, at the default deadline', () => {
  const cognito = promptCognito();
  const s3 = new FakeS3();
  let restoreEnvironment: () => void;
  const prepare = { prepare: { startedAt: RUN_CONTEXT.startedAt } };
  const groupsKey = /groups\.json$/;

  beforeAll(async () => {
    const [cognitoEndpoint, s3Endpoint] = await Promise.all([cognito.start(), s3.start()]);
    restoreEnvironment = setEnvironment({ ...awsEnvironment(cognitoEndpoint), AWS_ENDPOINT_URL_S3: s3Endpoint });
  });
  afterAll(async () => {
    restoreEnvironment?.();
    await Promise.all([cognito.stop(), s3.stop()]);
  });

  test('a 500 with an HTML body on every attempt fails the step with ScanStoreUnavailable; the state machine\'s retry writes the groups', async () => {
    const { handler } = loadBundle('user-pool-backup', scanSettings);
    s3.faults.push({ method: 'PUT', key: groupsKey, times: 3, status: 500, body: HTML_500, contentType: 'text/html' });
    await expect(handler(prepare)).rejects.toMatchObject({ name: 'ScanStoreUnavailable', message: expect.stringMatching(/^Writing .*groups\.json failed \(\w+\)$/) });
    expect(s3.faults[0].times).toBe(0);
    await expect(handler(prepare)).resolves.toEqual({ ...RUN_CONTEXT, groupCount: 2 });
    expect(JSON.parse(s3.objects.get(`${BUCKET}/reports/${RUN_CONTEXT.runId}/groups.json`)!.body)).toHaveLength(2);
  });

  test('access denied is thrown as S3 names it, which the state machine does not retry', async () => {
    const { handler } = loadBundle('user-pool-backup', scanSettings);
    s3.faults.splice(0);
    s3.faults.push({ method: 'PUT', key: groupsKey, times: 1, status: 403, body: ACCESS_DENIED, contentType: 'application/xml' });
    await expect(handler(prepare)).rejects.toMatchObject({ name: 'AccessDenied' });
  });

  test('a 500 on every attempt to write an import plan fails the step with ImportStoreUnavailable, which the state machine retries; access denied is not', async () => {
    s3.faults.splice(0);
    s3.objects.set(`${BUCKET}/${planImport.plan.key}`, { body: CSV, contentType: 'text/csv' });
    const { handler } = loadBundle('user-import-worker', importSettings);
    s3.faults.push({ method: 'PUT', key: /plans\/run-1\.jsonl$/, times: 3, status: 500, body: HTML_500, contentType: 'text/html' });
    await expect(handler(planImport)).rejects.toMatchObject({ name: 'ImportStoreUnavailable', message: expect.stringMatching(/^Writing .*run-1\.jsonl failed \(\w+\)$/) });
    await expect(handler(planImport)).resolves.toEqual({ planKey: planImport.plan.planKey, rows: 2, batches: 2 });
    s3.faults.push({ method: 'GET', key: /users\.csv$/, times: 1, status: 403, body: ACCESS_DENIED, contentType: 'application/xml' });
    await expect(handler(planImport)).rejects.toMatchObject({ name: 'AccessDenied' });
  });
});
