import { AdminCreateUserCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { INACTIVE_USER_ENV } from '../../../lib/private/inactive-user-environment';
import { SCAN_ENV, SCAN_PARTITIONS, TRACKING_STARTED_SUB } from '../../../lib/private/scan-environment';
import { USER_ANALYTICS_ENV } from '../../../lib/private/user-analytics-environment';
import { awsEnvironment, loadBundle, setEnvironment } from '../../lambda/support/bundled-handler';
import { FAKE_SECRET, FakeDynamoDb } from '../../lambda/support/fake-dynamodb';
import { FakeS3, HTML_500 } from '../support/fake-s3';
import { FakeSns } from '../support/fake-sns';
import { DAY_MS, PersonRecord, population, storedGroups, storedUsers, TENANTS } from '../support/lifecycle-population';
import { SeededCognitoLocal, startSeededCognitoLocal } from '../support/seeded-cognito-local';
import { driveScan } from '../support/step-functions-driver';

const POOL_ID = 'local_lifecycle1';
const USERS = 2_000;
const NOW = Date.parse('2026-11-29T03:00:00.000Z');
const STARTED_AT = new Date(NOW).toISOString();
const TRACKING_STARTED_AT = NOW - 120 * DAY_MS;
const BUCKET = 'lifecycle-reports';
const TABLE = 'last-sign-in';
const TOPIC = 'arn:aws:sns:eu-west-1:111111111111:inactive-users';
const RESULTS_PREFIX = 'reports/map-results/';
// Each invocation gets the time a real one would: enough for every partition of this pool in one step.
const BUDGET_MS = 60_000;
// cognito-local rewrites its whole data file on every AdminDisableUser: a few hundred of them take minutes here.
const ENFORCE_TIMEOUT_MS = 300_000;

const people = population(USERS, NOW);
// The bundles leave @aws-sdk/* out, as the Lambda runtime supplies it: these are the real clients, sent to local fakes.
const s3 = new FakeS3();
const dynamo = new FakeDynamoDb();
const sns = new FakeSns();
let cognito: SeededCognitoLocal;
let restoreEnvironment: () => void;

const scanEnvironment = () => ({
  [SCAN_ENV.userPoolId]: POOL_ID,
  [SCAN_ENV.listIntervalMs]: '0',
  [SCAN_ENV.reportBucket]: BUCKET,
  [SCAN_ENV.reportPrefix]: 'reports/',
});
const writeObject = (bucket: string, key: string, body: string) => s3.objects.set(`${bucket}/${key}`, { body, contentType: 'application/json' });
const readJson = (key: string) => JSON.parse(s3.objects.get(`${BUCKET}/${key}`)!.body);

// The expectations, computed from the population alone.
const cutoff = NOW - 90 * DAY_MS;
const lastActive = (person: PersonRecord) => person.lastSignInAt ?? Math.max(person.createdAt, TRACKING_STARTED_AT);
const isInactive = (person: PersonRecord) => lastActive(person) < cutoff;
const shouldDisable = (person: PersonRecord) => person.enabled && !person.groups.includes('admins') && person.createdAt < cutoff && isInactive(person);
const expectedFigures = (group: PersonRecord[], disabledNow: ReadonlySet<string> = new Set()) => {
  const count = (test: (person: PersonRecord) => boolean) => group.filter(test).length;
  const confirmed = count((person) => person.status === 'CONFIRMED');
  const enabled = count((person) => person.enabled && !disabledNow.has(person.username));
  return {
    total: group.length,
    confirmed,
    unconfirmed: count((person) => person.status === 'UNCONFIRMED'),
    byStatus: Object.fromEntries(['CONFIRMED', 'UNCONFIRMED', 'FORCE_CHANGE_PASSWORD']
      .map((status) => [status, count((person) => person.status === status)]).filter(([, n]) => n !== 0)),
    enabled,
    disabled: group.length - enabled,
    recentSignUps: count((person) => person.createdAt >= NOW - 30 * DAY_MS),
    confirmationRate: Math.round((10_000 * confirmed) / group.length) / 100,
    inactive: count(isInactive),
  };
};

beforeAll(async () => {
  cognito = await startSeededCognitoLocal(POOL_ID, storedUsers(people), storedGroups(people, POOL_ID, ['admins', 'support']));
  restoreEnvironment = setEnvironment({
    ...awsEnvironment(cognito.endpoint),
    // The secret the DynamoDB fake checks the SDK's signatures with.
    AWS_SECRET_ACCESS_KEY: FAKE_SECRET,
    AWS_ENDPOINT_URL_S3: await s3.start(),
    AWS_ENDPOINT_URL_DYNAMODB: await dynamo.start(),
    AWS_ENDPOINT_URL_SNS: await sns.start(),
  });
  dynamo.items.set(TRACKING_STARTED_SUB, { sub: { S: TRACKING_STARTED_SUB }, lastSignInAt: { N: String(TRACKING_STARTED_AT) } });
  for (const person of people.filter((entry) => entry.lastSignInAt !== undefined)) {
    dynamo.items.set(person.sub, { sub: { S: person.sub }, lastSignInAt: { N: String(person.lastSignInAt) }, username: { S: person.username } });
  }
}, 90_000);

afterAll(async () => {
  restoreEnvironment?.();
  await Promise.all([cognito?.stop(), s3.stop(), dynamo.stop(), sns.stop()]);
});

test('the seeded users have the shape cognito-local gives a user it creates itself', async () => {
  const client = new CognitoIdentityProviderClient({ endpoint: cognito.endpoint, region: 'eu-west-1' });
  await client.send(new AdminCreateUserCommand({ UserPoolId: POOL_ID, Username: 'shape-probe', MessageAction: 'SUPPRESS' }));
  const stored = (await cognito.readPool()).Users;
  const seededKeys = Object.keys(stored['user-00001']).sort();
  expect(Object.keys(stored['shape-probe']).sort()).toEqual(expect.arrayContaining(seededKeys.filter((key) => key !== 'RefreshTokens')));
  expect(stored['shape-probe'].UserCreateDate).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(Object.keys(stored)).toHaveLength(USERS + 1);
  // The probe would change every figure below: it goes, through cognito-local's own AdminDeleteUser.
  const { AdminDeleteUserCommand } = jest.requireActual('@aws-sdk/client-cognito-identity-provider');
  await client.send(new AdminDeleteUserCommand({ UserPoolId: POOL_ID, Username: 'shape-probe' }));
  expect(Object.keys((await cognito.readPool()).Users)).toHaveLength(USERS);
});

describe('UserAnalytics worker (bundled)', () => {
  const analyticsEnvironment = () => ({
    ...scanEnvironment(),
    [USER_ANALYTICS_ENV.recentDays]: '30',
    [USER_ANALYTICS_ENV.inactiveDays]: '90',
    [USER_ANALYTICS_ENV.tenantAttribute]: 'custom:tenant_id',
    [USER_ANALYTICS_ENV.signInTable]: TABLE,
    [USER_ANALYTICS_ENV.metricNamespace]: 'CdkCognitoEnterprise/Users',
  });

  const runAnalytics = async () => {
    const { handler } = loadBundle('user-analytics', analyticsEnvironment());
    const lines: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      const run = await driveScan(handler, STARTED_AT, BUDGET_MS, writeObject, BUCKET, RESULTS_PREFIX);
      return { run, emf: lines.filter((line) => line.includes('"_aws"')).map((line) => JSON.parse(line)) };
    } finally {
      write.mockRestore();
    }
  };

  test('every figure of the pool and of each tenant matches the known population', async () => {
    const { run, emf } = await runAnalytics();
    expect([...run.stepsPerPartition.values()].every((steps) => steps === 1)).toBe(true);
    const report = readJson(run.result.reportKey);
    expect(run.result.reportKey).toBe('reports/2026-11-29T03-00-00Z/user-analytics.json');
    expect(report).toMatchObject({ format: 'cdk-cognito-enterprise/user-analytics', version: 1, userPoolId: POOL_ID, recentDays: 30, inactiveDays: 90 });
    expect(report.trackingStartedAt).toBe(new Date(TRACKING_STARTED_AT).toISOString());
    expect(report.pool).toEqual(expectedFigures(people));
    const expectedTenants = Object.fromEntries([...TENANTS, '(none)'].sort()
      .map((tenant) => [tenant, expectedFigures(people.filter((person) => (person.tenant ?? '(none)') === tenant))]));
    expect(report.tenants).toEqual(expectedTenants);
    expect(report.tenantFiguresComplete).toBe(true);
    // The population really spreads over the states the figures distinguish.
    expect(report.pool.byStatus.FORCE_CHANGE_PASSWORD).toBeGreaterThan(100);
    expect(report.pool.disabled).toBeGreaterThan(100);
    expect(report.pool.inactive).toBeGreaterThan(100);
    expect(report.pool.recentSignUps).toBeGreaterThan(100);

    expect(emf).toHaveLength(1);
    const [metrics] = emf;
    expect(metrics._aws.CloudWatchMetrics[0]).toMatchObject({ Namespace: 'CdkCognitoEnterprise/Users', Dimensions: [['UserPoolId']] });
    expect(metrics._aws.Timestamp).toBe(NOW);
    expect(metrics).toMatchObject({
      UserPoolId: POOL_ID,
      TotalUsers: USERS,
      ConfirmedUsers: report.pool.confirmed,
      UnconfirmedUsers: report.pool.unconfirmed,
      EnabledUsers: report.pool.enabled,
      DisabledUsers: report.pool.disabled,
      RecentSignUps: report.pool.recentSignUps,
      ConfirmationRate: report.pool.confirmationRate,
      InactiveUsers: report.pool.inactive,
      Tenants: 4,
    });
  });

  test('the ListUsers calls read each two-digit sub prefix once, and the sign-ins in batches of at most 100', async () => {
    dynamo.requests.length = 0;
    dynamo.unprocessedOnce = 3;
    const { run } = await runAnalytics();
    expect(readJson(run.result.reportKey).pool.total).toBe(USERS);
    const batchGets = dynamo.requests.filter((request) => request.target === 'DynamoDB_20120810.BatchGetItem').length;
    // One per non-empty partition, plus the one round that asked again for the 3 keys left unprocessed.
    const nonEmpty = new Set(people.map((person) => person.sub.slice(0, 2))).size;
    expect(nonEmpty).toBeGreaterThan(SCAN_PARTITIONS.length * 0.9);
    expect(batchGets).toBe(nonEmpty + 1);
    expect(batchGets).toBeLessThanOrEqual(SCAN_PARTITIONS.length + 1);
    expect(dynamo.requests.every((request) => request.signatureValid && request.contentType === 'application/x-amz-json-1.0')).toBe(true);
    expect(dynamo.requests.every((request) => request.body.RequestItems?.[TABLE]?.Keys.length <= 100 || !request.body.RequestItems)).toBe(true);
  });

  describe('when DynamoDB or S3 fail (real SDK clients, default retries)', () => {
    const manifestKey = `${RESULTS_PREFIX}00000000-map-run/manifest.json`;
    const stepOf = async (handler: (event: unknown) => Promise<any>) => {
      const context = await handler({ prepare: { startedAt: STARTED_AT } });
      return (partition: string) => handler({ partition, context });
    };
    afterEach(() => {
      dynamo.mode = 'ok';
      dynamo.failOnly = undefined;
      s3.faults.length = 0;
    });

    test('a throttled BatchGetItem that leaves keys unprocessed is asked again until every key is read: the step\'s figures are unchanged', async () => {
      const step = await stepOf(loadBundle('user-analytics', analyticsEnvironment()).handler);
      const clean = await step('a7');
      dynamo.requests.length = 0;
      dynamo.failOnly = 'BatchGetItem';
      // Odd requests are throttled (400 ProvisionedThroughputExceededException), even ones answer with 5 keys left over.
      dynamo.mode = 'throttle-once';
      dynamo.unprocessedOnce = 5;
      const throttled = await step('a7');
      expect(throttled).toEqual(clean);
      expect(clean.state.pool.total).toBe(people.filter((person) => person.sub.startsWith('a7')).length);
      const batchGets = dynamo.requests.filter((request) => request.target.endsWith('.BatchGetItem'));
      expect(batchGets.length).toBe(4);
      expect(batchGets[2].body.RequestItems[TABLE].Keys).toHaveLength(5);
    });

    test('a BatchGetItem still throttled after the SDK\'s retries fails the step with the error the state machine retries, and the retry repeats it whole', async () => {
      const step = await stepOf(loadBundle('user-analytics', analyticsEnvironment()).handler);
      const clean = await step('3c');
      dynamo.requests.length = 0;
      dynamo.failOnly = 'BatchGetItem';
      dynamo.mode = 'throttle';
      await expect(step('3c')).rejects.toMatchObject({ name: 'ScanStoreUnavailable', message: 'A page failed (ProvisionedThroughputExceededException)' });
      // The DynamoDB client's four attempts, nothing more.
      expect(dynamo.requests.filter((request) => request.target.endsWith('.BatchGetItem'))).toHaveLength(4);
      dynamo.mode = 'ok';
      expect(await step('3c')).toEqual(clean);
    });

    test('a table the worker may not read fails the step with DynamoDB\'s own error, which the state machine does not retry', async () => {
      const step = await stepOf(loadBundle('user-analytics', analyticsEnvironment()).handler);
      dynamo.failOnly = 'BatchGetItem';
      dynamo.mode = 'access-denied';
      await expect(step('5e')).rejects.toMatchObject({ name: 'AccessDeniedException' });
    });

    test('an S3 500 with an HTML body on the report write: retried by the SDK once, then by the state machine; the report is written whole', async () => {
      s3.faults.push({ method: 'PUT', key: /user-analytics\.json$/, times: 1, status: 500, body: HTML_500, contentType: 'text/html' });
      const { run } = await runAnalytics();
      expect(s3.faults[0].times).toBe(0);
      expect(readJson(run.result.reportKey).pool).toEqual(expectedFigures(people));

      s3.objects.delete(`${BUCKET}/${run.result.reportKey}`);
      s3.faults.push({ method: 'PUT', key: /user-analytics\.json$/, times: 3, status: 500, body: HTML_500, contentType: 'text/html' });
      const { handler } = loadBundle('user-analytics', analyticsEnvironment());
      const aggregate = { aggregate: { results: { Bucket: BUCKET, Key: manifestKey }, context: run.context } };
      await expect(handler(aggregate)).rejects.toMatchObject({ name: 'ScanStoreUnavailable' });
      expect(s3.faults[1].times).toBe(0);
      expect(s3.objects.has(`${BUCKET}/${run.result.reportKey}`)).toBe(false);
      const retried = await handler(aggregate);
      expect(readJson(retried.reportKey).pool).toEqual(expectedFigures(people));
    });
  });
});

describe('InactiveUserPolicy worker (bundled)', () => {
  const policyEnvironment = (enforce: boolean) => ({
    ...scanEnvironment(),
    [INACTIVE_USER_ENV.inactiveDays]: '90',
    [INACTIVE_USER_ENV.exemptGroups]: 'admins',
    [INACTIVE_USER_ENV.enforce]: String(enforce),
    [INACTIVE_USER_ENV.disableIntervalMs]: '0',
    [INACTIVE_USER_ENV.signInTable]: TABLE,
    [INACTIVE_USER_ENV.topicArn]: TOPIC,
  });
  const expected = people.filter(shouldDisable).map((person) => person.username).sort();
  const disabledInPool = async () => Object.values((await cognito.readPool()).Users)
    .filter((user) => !user.Enabled).map((user) => user.Username).sort();
  const initiallyDisabled = people.filter((person) => !person.enabled).map((person) => person.username);
  const actionLines = (summary: { actionsPrefix: string }) => [...s3.objects.entries()]
    .filter(([key]) => key.startsWith(`${BUCKET}/${summary.actionsPrefix}`))
    .flatMap(([, object]) => object.body.trim().split('\n').map((line) => JSON.parse(line)));
  const runPolicy = async (enforce: boolean, startedAt: string) => {
    for (const key of [...s3.objects.keys()].filter((entry) => entry.includes('/actions/'))) {
      s3.objects.delete(key);
    }
    const { handler } = loadBundle('inactive-user-policy', policyEnvironment(enforce));
    const run = await driveScan(handler, startedAt, BUDGET_MS, writeObject, BUCKET, RESULTS_PREFIX);
    return { run, summary: readJson(run.result.summaryKey) };
  };

  test('the population has users of every kind the policy must tell apart', () => {
    expect(expected.length).toBeGreaterThan(200);
    const inactiveButExempt = people.filter((person) => person.enabled && person.groups.includes('admins') && person.createdAt < cutoff && isInactive(person));
    const neverSignedInOld = people.filter((person) => person.lastSignInAt === undefined && shouldDisable(person));
    const neverSignedInNew = people.filter((person) => person.lastSignInAt === undefined && person.createdAt >= cutoff);
    expect([inactiveButExempt.length, neverSignedInOld.length, neverSignedInNew.length].every((n) => n > 5)).toBe(true);
  });

  test('report-only: reports exactly the users enforcement would disable, and disables nobody', async () => {
    const { run, summary } = await runPolicy(false, STARTED_AT);
    expect(await disabledInPool()).toEqual([...initiallyDisabled].sort());
    expect(summary).toMatchObject({ mode: 'report-only', inactiveDays: 90, exemptGroups: ['admins'], evaluated: USERS });
    expect(summary.counts['would-disable']).toBe(expected.length);
    expect(summary.counts.disabled).toBeUndefined();
    const lines = actionLines(summary);
    expect(lines.map((line) => line.username).sort()).toEqual(expected);
    expect(new Set(lines.map((line) => line.action))).toEqual(new Set(['would-disable']));
    expect(readJson(run.context.exemptKey as string)).toEqual(people.filter((person) => person.groups.includes('admins')).map((person) => person.username).sort());
    const message = sns.messages.at(-1)!;
    expect(message).toMatchObject({ topicArn: TOPIC });
    expect(message.subject).toContain(`${expected.length} would be disabled (report-only)`);
    // The notification carries counts and where the report is, never a username.
    expect(message.message).not.toMatch(/user-\d{5}/);
  });

  test('an SNS failure: retried by the SDK, then by the state machine, whose retry writes the same summary and publishes once', async () => {
    const published = sns.messages.length;
    sns.failures = 1;
    const { run, summary } = await runPolicy(false, STARTED_AT);
    expect(sns.messages).toHaveLength(published + 1);
    expect(summary.counts['would-disable']).toBe(expected.length);

    sns.failures = 3;
    const { handler } = loadBundle('inactive-user-policy', policyEnvironment(false));
    const aggregate = { aggregate: { results: { Bucket: BUCKET, Key: `${RESULTS_PREFIX}00000000-map-run/manifest.json` }, context: run.context } };
    await expect(handler(aggregate)).rejects.toMatchObject({ name: 'ScanStoreUnavailable', message: expect.stringMatching(/^Aggregate failed \(InternalError\w*\)$/) });
    expect(sns.failures).toBe(0);
    expect(sns.messages).toHaveLength(published + 1);
    const retried = await handler(aggregate);
    expect(retried.summaryKey).toBe(run.result.summaryKey);
    expect(sns.messages).toHaveLength(published + 2);
    expect(sns.messages.at(-1)!.subject).toContain(`${expected.length} would be disabled (report-only)`);
  });

  test('enforced: disables exactly the inactive, non-exempt, not recently created users', async () => {
    const { summary } = await runPolicy(true, STARTED_AT);
    expect(summary.mode).toBe('enforce');
    expect(summary.counts.disabled).toBe(expected.length);
    expect(await disabledInPool()).toEqual([...initiallyDisabled, ...expected].sort());
    expect(actionLines(summary).map((line) => line.username).sort()).toEqual(expected);
    expect(summary.counts['already-disabled']).toBe(initiallyDisabled.length);
    expect(sns.messages.at(-1)!.subject).toContain(`${expected.length} disabled`);
  }, ENFORCE_TIMEOUT_MS);

  test('enforced twice in a row: the second run disables nobody and skips everyone already disabled', async () => {
    const before = await disabledInPool();
    const { summary } = await runPolicy(true, new Date(NOW + 3_600_000).toISOString());
    expect(summary.counts.disabled).toBeUndefined();
    expect(summary.counts['already-disabled']).toBe(initiallyDisabled.length + expected.length);
    expect(await disabledInPool()).toEqual(before);
    expect(actionLines(summary)).toEqual([]);
  }, ENFORCE_TIMEOUT_MS);

  test('the tracking marker is written once: a table without one gets the first run\'s start, later runs keep it', async () => {
    dynamo.items.delete(TRACKING_STARTED_SUB);
    const { handler } = loadBundle('inactive-user-policy', policyEnvironment(false));
    const first = await handler({ prepare: { startedAt: STARTED_AT } }, undefined);
    const second = await handler({ prepare: { startedAt: new Date(NOW + DAY_MS).toISOString() } }, undefined);
    expect([first.trackingStartedAt, second.trackingStartedAt]).toEqual([NOW, NOW]);
    dynamo.items.set(TRACKING_STARTED_SUB, { sub: { S: TRACKING_STARTED_SUB }, lastSignInAt: { N: String(TRACKING_STARTED_AT) } });
  });
});
