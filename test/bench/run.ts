import { readdirSync, statSync } from 'fs';
import { join } from 'path';
import { createCustomMessageHandler } from '../../lambda/custom-message.lambda';
import { createDefineAuthChallengeHandler } from '../../lambda/define-auth-challenge.lambda';
import { createPreSignUpHandler } from '../../lambda/pre-sign-up.lambda';
import { createPreTokenGenerationHandler } from '../../lambda/pre-token-generation.lambda';
import { PRE_SIGN_UP_ENV, PRE_TOKEN_GENERATION_ENV } from '../../lib/private/trigger-environment';
import { authChallengeEvent, customMessageEvent, preSignUpEvent, preTokenEvent, userAttributes } from '../lambda/support/cognito-events';

const INVOCATIONS = 10_000;
const WARM_UP = 1_000;
const BUNDLE_LIMIT_BYTES = 10 * 1024;
// Workers run off the sign-in path, on a schedule or an import: their cold start is not a user's wait.
const WORKER_LIMIT_BYTES = 32 * 1024;
const OPERATIONS_WORKERS = new Set(['user-import-worker', 'user-analytics', 'inactive-user-policy', 'user-pool-backup']);
const P99_LIMIT_MS = 1;

function bundleSizes(): void {
  const root = join(__dirname, '..', '..', 'assets', 'lambda');
  console.log(`Bundle sizes (limit ${BUNDLE_LIMIT_BYTES} bytes for a trigger, ${WORKER_LIMIT_BYTES} for an operations worker)`);
  for (const name of readdirSync(root).sort()) {
    const bytes = statSync(join(root, name, 'index.js')).size;
    const limit = OPERATIONS_WORKERS.has(name.replace(/\.lambda$/, '')) ? WORKER_LIMIT_BYTES : BUNDLE_LIMIT_BYTES;
    console.log(`  ${name.padEnd(34)} ${String(bytes).padStart(7)} bytes ${bytes < limit ? 'ok' : 'OVER'}`);
  }
}

async function latency(name: string, handler: (event: unknown) => Promise<unknown>, event: unknown): Promise<void> {
  for (let i = 0; i < WARM_UP; i++) {
    await handler(event);
  }
  const samples = new Float64Array(INVOCATIONS);
  for (let i = 0; i < INVOCATIONS; i++) {
    const start = process.hrtime.bigint();
    await handler(event);
    samples[i] = Number(process.hrtime.bigint() - start) / 1e6;
  }
  samples.sort();
  const at = (quantile: number) => samples[Math.min(INVOCATIONS - 1, Math.floor(quantile * INVOCATIONS))];
  const p99 = at(0.99);
  console.log(`  ${name.padEnd(34)} p50 ${at(0.5).toFixed(4)} ms  p99 ${p99.toFixed(4)} ms ${p99 < P99_LIMIT_MS ? 'ok' : 'OVER'}`);
}

async function main(): Promise<void> {
  bundleSizes();
  // The handlers' structured log lines go to CloudWatch in Lambda; here they would only measure the terminal.
  console.info = () => undefined;
  const attributes = userAttributes({ 'custom:tenant_id': 'acme', 'custom:tier': 'gold' });
  console.log(`\nIn-process latency over ${INVOCATIONS} invocations (limit p99 < ${P99_LIMIT_MS} ms)`);
  await latency('pre-sign-up', createPreSignUpHandler({
    [PRE_SIGN_UP_ENV.allowedDomains]: 'example.com,partner.org',
    [PRE_SIGN_UP_ENV.blockedDomains]: 'blocked.com',
    [PRE_SIGN_UP_ENV.trustedDomains]: 'example.com',
    [PRE_SIGN_UP_ENV.requiredAttributes]: 'given_name',
  }), preSignUpEvent('PreSignUp_SignUp', attributes));
  const preToken = createPreTokenGenerationHandler({ [PRE_TOKEN_GENERATION_ENV.accessTokenScopes]: 'api/read' });
  await latency('pre-token-generation (V1)', preToken, preTokenEvent('1', 'TokenGeneration_Authentication', attributes, ['admins']));
  await latency('pre-token-generation (V2)', preToken, preTokenEvent('2', 'TokenGeneration_Authentication', attributes, ['admins']));
  await latency('custom-message', createCustomMessageHandler({}), customMessageEvent('CustomMessage_SignUp', attributes));
  await latency('define-auth-challenge', createDefineAuthChallengeHandler({}),
    authChallengeEvent('DefineAuthChallenge_Authentication', { session: [{ challengeName: 'CUSTOM_CHALLENGE', challengeResult: false }] }));
}

void main();
