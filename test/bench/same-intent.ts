import { App, Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { CUSTOMER_PORTAL } from './same-intent/customer-portal';
import { ENTERPRISE_SSO } from './same-intent/enterprise-sso';
import { ENTERPRISE_USER_POOL } from './same-intent/enterprise-user-pool';
import { SAAS_AUTH_SYSTEM } from './same-intent/saas-auth-system';
import { loadAverage, median } from './stats';

// Each construct of the library against the hand-written aws-cdk-lib setup of the same intent, in
// one process, interleaved (alternating which goes first), with CloudFormation validation off.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
const WARM_UP = 3;
const RATIO_LIMIT = 1.1;
const SCENARIOS = [ENTERPRISE_USER_POOL, SAAS_AUTH_SYSTEM, ENTERPRISE_SSO, CUSTOMER_PORTAL];

function synthMs(build: (scope: Construct) => void): number {
  const start = process.hrtime.bigint();
  const app = new App({ builtinCloudFormationValidation: false });
  build(new Stack(app, 'Bench', { env: { account: '123456789012', region: 'eu-west-1' } }));
  app.synth();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

console.log(`Same intent, library vs hand-written aws-cdk-lib (median of ${ROUNDS} interleaved synths, load ${loadAverage()})`);
for (const scenario of SCENARIOS) {
  for (let i = 0; i < WARM_UP; i++) {
    synthMs(scenario.library);
    synthMs(scenario.handWritten);
  }
  const library: number[] = [];
  const handWritten: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      library.push(synthMs(scenario.library));
      handWritten.push(synthMs(scenario.handWritten));
    } else {
      handWritten.push(synthMs(scenario.handWritten));
      library.push(synthMs(scenario.library));
    }
  }
  const ratio = median(library) / median(handWritten);
  const verdict = ratio <= RATIO_LIMIT ? 'ok' : `OVER ${RATIO_LIMIT}×`;
  console.log(`  ${scenario.name.padEnd(20)} library ${median(library).toFixed(1).padStart(6)} ms`
    + `  hand-written ${median(handWritten).toFixed(1).padStart(6)} ms  ratio ${ratio.toFixed(2)}× ${verdict}`);
}
