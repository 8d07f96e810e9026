import { join } from 'path';
import { LIFECYCLE_DEFAULTS } from '../../lib/operations/lifecycle-defaults';
import { callIntervalMs } from '../../lib/operations/private-worker-pacing';
import { SCAN_ENV, SCAN_PAGE_SIZE, SCAN_PARTITIONS } from '../../lib/private/scan-environment';
import { USER_ANALYTICS_ENV } from '../../lib/private/user-analytics-environment';

/*
 * Users processed per second by the bundled user-analytics worker at the default pace, and what a
 * run over 10 million users takes and costs. Cognito is a stand-in answering full pages of 60 users
 * after LIST_LATENCY_MS; every worker runs its real pacing, scan loop and counting.
 *
 * Prices (US East (N. Virginia), on-demand, December 2026), from the services' pricing pages:
 *   AWS Lambda (x86): $0.0000166667 per GB-second, $0.20 per million requests
 *   AWS Step Functions standard workflows: $0.025 per 1,000 state transitions
 *   Amazon DynamoDB on demand: $0.125 per million read request units (after the November 2024 reduction)
 *   Amazon S3 Standard: $0.005 per 1,000 PUT requests, $0.0004 per 1,000 GET requests
 *   Amazon Cognito: user pools are billed per monthly active user; ListUsers calls cost nothing extra.
 */
const LIST_LATENCY_MS = 60;
const PAGES_PER_PARTITION = 25;
const POOL_USERS = 10_000_000;
const PRICE = {
  gbSecond: 0.0000166667, lambdaRequest: 0.2 / 1e6, transition: 0.025 / 1000, readUnit: 0.125 / 1e6, put: 0.005 / 1000, get: 0.0004 / 1000,
};

interface Worker {
  (event: unknown, context?: { getRemainingTimeInMillis(): number }): Promise<any>;
}

function fakeCognito() {
  return {
    send: async (command: { input: { Filter: string; PaginationToken?: string } }) => {
      await new Promise((resolve) => setTimeout(resolve, LIST_LATENCY_MS));
      const page = Number(command.input.PaginationToken ?? 0);
      const prefix = /"(..)"/.exec(command.input.Filter)![1];
      const Users = Array.from({ length: SCAN_PAGE_SIZE }, (_, i) => ({
        Username: `u${page}-${i}`,
        Enabled: i % 10 !== 0,
        UserStatus: i % 4 === 0 ? 'UNCONFIRMED' : 'CONFIRMED',
        UserCreateDate: new Date(Date.now() - i * 86_400_000),
        Attributes: [{ Name: 'sub', Value: `${prefix}${page}-${i}` }, { Name: 'custom:tenant_id', Value: `t${i % 7}` }],
      }));
      return { Users, ...(page + 1 < PAGES_PER_PARTITION && { PaginationToken: String(page + 1) }) };
    },
  };
}

async function main(): Promise<void> {
  const concurrency = LIFECYCLE_DEFAULTS.maxConcurrency;
  const rate = LIFECYCLE_DEFAULTS.listRequestsPerSecond;
  const interval = callIntervalMs(concurrency, rate);
  // The bundle's own handler reads this process's (empty) environment at load and says so: not this benchmark's concern.
  console.info = console.error = () => undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createUserAnalyticsWorker } = require(join(__dirname, '..', '..', 'assets', 'lambda', 'user-analytics.lambda', 'index.js'));
  const reads = { units: 0 };
  const signIns = {
    lastSignIns: async (subs: string[]) => {
      reads.units += subs.length * 0.5;
      return new Map(subs.filter((_, i) => i % 3 !== 0).map((sub) => [sub, Date.now() - 86_400_000 * 100] as [string, number]));
    },
    trackingStart: async (now: number) => now,
  };
  const workers: Worker[] = Array.from({ length: concurrency }, () => createUserAnalyticsWorker({
    [SCAN_ENV.userPoolId]: 'eu-west-1_Bench',
    [SCAN_ENV.listIntervalMs]: String(interval),
    [SCAN_ENV.reportBucket]: 'bench',
    [USER_ANALYTICS_ENV.metricNamespace]: 'Bench',
    [USER_ANALYTICS_ENV.tenantAttribute]: 'custom:tenant_id',
    [USER_ANALYTICS_ENV.signInTable]: 'bench',
  }, { cognito: fakeCognito(), signIns, store: { get: async () => '', put: async () => undefined }, emit: () => undefined }));
  const context = { runId: 'bench', startedAt: new Date().toISOString(), now: Date.now(), trackingStartedAt: Date.now() - 86_400_000 * 200 };
  const budget = LIFECYCLE_DEFAULTS.workerTimeout.toMilliseconds();
  const started = Date.now();
  let users = 0;
  let invocations = 0;
  await Promise.all(workers.map(async (worker, index) => {
    const end = Date.now() + budget;
    let step: any = { partition: SCAN_PARTITIONS[index], context };
    do {
      step = await worker(step, { getRemainingTimeInMillis: () => end - Date.now() });
      invocations++;
    } while (!step.done);
    users += step.state.pool.total;
  }));
  const seconds = (Date.now() - started) / 1000;
  const perSecond = users / seconds;
  console.log(`Partitioned scan at the default pace: ${concurrency} workers, one ListUsers call each per ${interval} ms (${rate} per second in all)`);
  console.log(`  ${users} users in ${seconds.toFixed(1)} s: ${perSecond.toFixed(0)} users per second (pace limit ${rate * SCAN_PAGE_SIZE})`);

  // The first call of each worker is not paced: over a long run the rate converges on the pace, so project from the lower.
  const runSeconds = POOL_USERS / Math.min(perSecond, rate * SCAN_PAGE_SIZE);
  const pages = Math.ceil(POOL_USERS / SCAN_PAGE_SIZE);
  const partitionSeconds = runSeconds * concurrency / SCAN_PARTITIONS.length;
  const stepSeconds = (budget - 10_000) / 1000;
  const lambdaInvocations = SCAN_PARTITIONS.length * Math.ceil(partitionSeconds / stepSeconds) + 2;
  const gbSeconds = concurrency * runSeconds * (LIFECYCLE_DEFAULTS.workerMemorySize / 1024);
  // Per partition: the child's start, each ScanStep and its Choice, the final Succeed; the parent's five states.
  const transitions = SCAN_PARTITIONS.length * (2 + 2 * Math.ceil(partitionSeconds / stepSeconds)) + 5;
  const readUnits = POOL_USERS * 0.5;
  const costs = {
    'Lambda compute': gbSeconds * PRICE.gbSecond,
    'Lambda requests': lambdaInvocations * PRICE.lambdaRequest,
    'Step Functions transitions': transitions * PRICE.transition,
    'DynamoDB reads (sign-in table)': readUnits * PRICE.readUnit,
    'S3 (map results, report)': 10 * PRICE.put + 10 * PRICE.get,
  };
  console.log(`\nProjected run over ${POOL_USERS.toLocaleString('en')} users (${pages.toLocaleString('en')} ListUsers pages):`);
  console.log(`  run time ${(runSeconds / 3600).toFixed(2)} h (${(runSeconds / 3600 / (POOL_USERS / 1e6)).toFixed(2)} h per million users); `
    + `each partition ${(partitionSeconds / 60).toFixed(1)} min in ${Math.ceil(partitionSeconds / stepSeconds)} worker invocations`);
  for (const [item, cost] of Object.entries(costs)) {
    console.log(`  ${item.padEnd(32)} $${cost.toFixed(4)}`);
  }
  const total = Object.values(costs).reduce((sum, cost) => sum + cost, 0);
  console.log(`  ${'total'.padEnd(32)} $${total.toFixed(4)} ($${(total / (POOL_USERS / 1e6)).toFixed(4)} per million users)`);
  console.log(`  (measured here: ${invocations} invocations, ${reads.units} DynamoDB read units for ${users} users)`);
  console.log('  The inactive-user policy adds one AdminDisableUser per disabled user at 5 per second, and one S3 PUT per page with actions ($0.005 per 1,000).');
}

void main();
