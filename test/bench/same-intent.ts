import { App, Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { CUSTOMER_PORTAL } from './same-intent/customer-portal';
import { ENTERPRISE_SSO } from './same-intent/enterprise-sso';
import { ENTERPRISE_USER_POOL } from './same-intent/enterprise-user-pool';
import { SAAS_AUTH_SYSTEM } from './same-intent/saas-auth-system';
import { loadAverage, median } from './stats';

// Each construct of the library against the hand-written aws-cdk-lib setup of the same intent, in
// one process, interleaved (alternating which goes first), with CloudFormation validation off.
// Both sides run under the same conditions: the same App settings (creation stack traces on, as
// aws-cdk-lib defaults them) and, under ts-node, the same source-map lookups for every trace.
// Compiled with tsc and run with plain node, as a JavaScript consumer runs the library, the ratios
// come out within this machine's noise of the ts-node ones.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 31);
// One sample is a batch of synths: a single 10 ms synth is below what the kernel's CPU-time
// accounting resolves, and a batch also spreads garbage collection evenly over both sides.
const BATCH = Number(process.env.BENCH_BATCH ?? 8);
const WARM_UP = 5;
const RATIO_LIMIT = 1.1;
const SCENARIOS = [ENTERPRISE_USER_POOL, SAAS_AUTH_SYSTEM, ENTERPRISE_SSO, CUSTOMER_PORTAL];

/** Wall-clock and CPU milliseconds per synth, over one batch: on a shared machine CPU time is the steadier figure. */
function synthMs(build: (scope: Construct) => void, batch = BATCH): { wall: number; cpu: number } {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < batch; i++) {
    const app = new App({ builtinCloudFormationValidation: false });
    build(new Stack(app, 'Bench', { env: { account: '123456789012', region: 'eu-west-1' } }));
    app.synth();
  }
  const cpu = process.cpuUsage(cpuStart);
  return { wall: Number(process.hrtime.bigint() - start) / 1e6 / batch, cpu: (cpu.user + cpu.system) / 1e3 / batch };
}

console.log(`Same intent, library / hand-written aws-cdk-lib (ms per synth over ${ROUNDS} interleaved batches of ${BATCH}, load ${loadAverage()})`);
// Every scenario warms up before any is measured: the first one measured would otherwise pay for
// compiling code that the others share.
for (let i = 0; i < WARM_UP; i++) {
  for (const scenario of SCENARIOS) {
    synthMs(scenario.library, 1);
    synthMs(scenario.handWritten, 1);
  }
}
for (const scenario of SCENARIOS) {
  const library: { wall: number; cpu: number }[] = [];
  const handWritten: { wall: number; cpu: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      library.push(synthMs(scenario.library));
      handWritten.push(synthMs(scenario.handWritten));
    } else {
      handWritten.push(synthMs(scenario.handWritten));
      library.push(synthMs(scenario.library));
    }
  }
  const figures = (samples: { wall: number; cpu: number }[]) => ({
    wall: median(samples.map(({ wall: ms }) => ms)),
    cpu: median(samples.map(({ cpu: ms }) => ms)),
    fastest: Math.min(...samples.map(({ cpu: ms }) => ms)),
  });
  const [ours, theirs] = [figures(library), figures(handWritten)];
  // Judged on the CPU time of each side's fastest batch: work from other processes only ever adds
  // time, so the fastest of many interleaved batches is the figure they disturb least.
  const ratio = ours.fastest / theirs.fastest;
  const verdict = ratio <= RATIO_LIMIT ? 'ok' : `OVER ${RATIO_LIMIT}×`;
  const pair = (a: number, b: number) => `${a.toFixed(1).padStart(5)} / ${b.toFixed(1).padStart(5)} ms = ${(a / b).toFixed(2)}×`;
  console.log(`  ${scenario.name.padEnd(20)} median wall ${pair(ours.wall, theirs.wall)}   median cpu ${pair(ours.cpu, theirs.cpu)}`
    + `   fastest cpu ${pair(ours.fastest, theirs.fastest)}  ${verdict}`);
}
