import { App, Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { CUSTOMER_PORTAL } from './same-intent/customer-portal';
import { ENTERPRISE_SSO } from './same-intent/enterprise-sso';
import { ENTERPRISE_USER_POOL } from './same-intent/enterprise-user-pool';
import { SAAS_AUTH_SYSTEM } from './same-intent/saas-auth-system';
import { SameIntentScenario } from './same-intent/scenario';
import { loadAverage, median } from './stats';

// Each construct of the library against the hand-written aws-cdk-lib setup of the same intent, in
// one process, with CloudFormation validation off. Both sides run under the same conditions: the
// same App settings (creation stack traces on, as aws-cdk-lib defaults them) and, under ts-node,
// the same source-map lookups for every trace.
//
// The two sides alternate one synth at a time, each pair in the other order from the last, so a
// change in the machine's speed (it is shared) falls on both alike. Each side is judged on the
// mean of its fastest 80 % of synths: the slowest fifth holds the full garbage collections and the
// moments another process took the core, which say nothing about either side.
const SECONDS_PER_SCENARIO = Number(process.env.BENCH_SECONDS ?? 12);
const MIN_PAIRS = 100;
const KEPT_SHARE = 0.8;
const WARM_UP = 30;
const RATIO_LIMIT = 1.1;
const SCENARIOS = [ENTERPRISE_USER_POOL, SAAS_AUTH_SYSTEM, ENTERPRISE_SSO, CUSTOMER_PORTAL];

/** Milliseconds of one synth of what `build` adds to a fresh stack. */
function synthMs(build: (scope: Construct) => void): number {
  const start = process.hrtime.bigint();
  const app = new App({ builtinCloudFormationValidation: false });
  build(new Stack(app, 'Bench', { env: { account: '123456789012', region: 'eu-west-1' } }));
  app.synth();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The mean of the fastest `KEPT_SHARE` of the timings. */
function trimmedMean(values: readonly number[]): number {
  const kept = [...values].sort((a, b) => a - b).slice(0, Math.max(1, Math.floor(values.length * KEPT_SHARE)));
  return kept.reduce((sum, value) => sum + value, 0) / kept.length;
}

function measure(scenario: SameIntentScenario): { library: number[]; handWritten: number[] } {
  const library: number[] = [];
  const handWritten: number[] = [];
  // As many pairs as fit the scenario's time, judged from the warm-up.
  const pairMs = synthMs(scenario.library) + synthMs(scenario.handWritten);
  const pairs = Math.max(MIN_PAIRS, Math.round((SECONDS_PER_SCENARIO * 1000) / pairMs));
  for (let pair = 0; pair < pairs; pair++) {
    if (pair % 2 === 0) {
      library.push(synthMs(scenario.library));
      handWritten.push(synthMs(scenario.handWritten));
    } else {
      handWritten.push(synthMs(scenario.handWritten));
      library.push(synthMs(scenario.library));
    }
  }
  return { library, handWritten };
}

console.log(`Same intent, library / hand-written aws-cdk-lib (ms per synth, single synths interleaved, load ${loadAverage()})`);
// Every scenario warms up before any is measured: the first one measured would otherwise pay for
// compiling code that the others share.
for (let i = 0; i < WARM_UP; i++) {
  for (const scenario of SCENARIOS) {
    synthMs(scenario.library);
    synthMs(scenario.handWritten);
  }
}
for (const scenario of SCENARIOS) {
  const { library, handWritten } = measure(scenario);
  const pair = (a: number, b: number) => `${a.toFixed(2).padStart(6)} / ${b.toFixed(2).padStart(6)} ms = ${(a / b).toFixed(2)}×`;
  const ratio = trimmedMean(library) / trimmedMean(handWritten);
  const verdict = ratio <= RATIO_LIMIT ? 'ok' : `OVER ${RATIO_LIMIT}×`;
  console.log(`  ${scenario.name.padEnd(20)} ${String(library.length).padStart(4)} pairs   median ${pair(median(library), median(handWritten))}`
    + `   fastest 80 % ${pair(trimmedMean(library), trimmedMean(handWritten))}  ${verdict}`);
}
