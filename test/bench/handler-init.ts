import { execFileSync } from 'child_process';
import { existsSync, readdirSync } from 'fs';
import { join } from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { loadAverage, median } from './stats';
import { EnterpriseUserPool, InactiveUserPolicy, UserAnalytics, UserImportPipeline, UserPoolBackup } from '../../lib';
import { EVERY_TRIGGER_POOL } from '../support/every-trigger-pool';

// Cold-start initialization of every bundled handler: a fresh Node.js process loads the bundle,
// which builds its handler and SDK clients from the environment its function is deployed with.
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 7);
const ASSETS = join(__dirname, '..', '..', 'assets', 'lambda');
const LAMBDA_ENVIRONMENT = {
  AWS_REGION: 'eu-west-1',
  AWS_DEFAULT_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
  AWS_LAMBDA_FUNCTION_NAME: 'bench',
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '256',
};
// Runs in the fresh process: times require() and reports whether the configuration was rejected.
const PROBE = `
const errors = [];
console.error = (...args) => errors.push(args);
const start = process.hrtime.bigint();
require(process.argv[1]);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stdout.write(JSON.stringify({ ms, rejected: errors.length > 0 }));
`;

/** Each bundled handler's environment as deployed: every trigger on a pool, and the operations jobs' workers. */
function deployedEnvironments(): Map<string, Record<string, string>> {
  // Unstaged assets keep their source path in the metadata, which names the bundle.
  const app = new App({ context: { 'aws:cdk:enable-asset-metadata': true, 'aws:cdk:disable-asset-staging': true } });
  const stack = new Stack(app, 'Bench', { env: { account: '123456789012', region: 'eu-west-1' } });
  const pool = new EnterpriseUserPool(stack, 'Users', EVERY_TRIGGER_POOL);
  new UserImportPipeline(stack, 'Import', { userPool: pool.userPool });
  const tracked = new EnterpriseUserPool(stack, 'Tracked', { triggers: { lastSignIn: {} } });
  const lastSignInTable = tracked.lastSignInTable!;
  new UserAnalytics(stack, 'Analytics', { userPool: tracked.userPool, lastSignInTable });
  new InactiveUserPolicy(stack, 'Inactive', { userPool: tracked.userPool, lastSignInTable });
  new UserPoolBackup(stack, 'Backup', { userPool: tracked.userPool });
  const environments = new Map<string, Record<string, string>>();
  for (const resource of Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function'))) {
    const asset = String(resource.Metadata?.['aws:asset:path'] ?? '');
    const variables: Record<string, unknown> = resource.Properties.Environment?.Variables ?? {};
    // References resolve at deploy time; a stand-in of the referenced value's shape keeps their parsing honest.
    environments.set(asset.split('/').pop()!, Object.fromEntries(Object.entries(variables).map(([name, value]) => [
      name, typeof value === 'string' ? value : standIn(name),
    ])));
  }
  return environments;
}

/** A deploy-time value: table names are plain names, endpoints URLs, the rest of the references here ARNs. */
function standIn(variable: string): string {
  if (/TABLE/.test(variable)) {
    return 'ExampleCorpAuth-LastSignIns';
  }
  return /ENDPOINT/.test(variable) ? 'https://dynamodb.eu-west-1.amazonaws.com' : 'arn:aws:kms:eu-west-1:123456789012:key/00000000-0000-0000-0000-000000000000';
}

const environments = deployedEnvironments();
console.log(`\nHandler cold-start initialization (module load and client creation, median of ${PROCESSES} fresh processes, load ${loadAverage()})`);
for (const name of readdirSync(ASSETS).sort()) {
  const bundle = join(ASSETS, name, 'index.js');
  if (!existsSync(bundle)) {
    continue;
  }
  const environment = environments.get(name) ?? {};
  const runs = Array.from({ length: PROCESSES }, () => JSON.parse(execFileSync(process.execPath, ['-e', PROBE, bundle], {
    env: { ...process.env, ...LAMBDA_ENVIRONMENT, ...environment },
    encoding: 'utf-8',
  })) as { ms: number; rejected: boolean });
  const deployed = environments.has(name) ? '' : ' (no deployed environment found)';
  const rejected = runs.some(({ rejected: failed }) => failed) ? ' CONFIG REJECTED' : '';
  console.log(`  ${name.padEnd(34)} ${median(runs.map(({ ms }) => ms)).toFixed(1).padStart(6)} ms${deployed}${rejected}`);
}
