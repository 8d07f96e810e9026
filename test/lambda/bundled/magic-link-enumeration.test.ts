import { MAGIC_LINK_ENV } from '../../../lib/private/trigger-environment';
import { awsEnvironment, BundledHandler, captureLogs, loadBundle, setEnvironment } from '../support/bundled-handler';
import { userAttributes } from '../support/cognito-events';
import { FakeAwsServer } from '../support/fake-aws-server';
import { serveKmsHmac } from '../support/fake-kms-hmac';
import { createChallengeEvent, MAGIC_LINK_SETTINGS, SEND_EMAIL } from '../support/magic-link-events';

/*
 * The create auth challenge trigger must not tell a caller whether the user exists or has a
 * verified address: not in its answer, not in how long the answer takes. And however often a
 * sign-in is started, one user receives a bounded number of link emails.
 */
const SES_LATENCY_MILLIS = 80;
// Below the 80 ms an email takes, so a path that skipped or added one would show.
const TOLERANCE_MILLIS = 50;
const ROUNDS = 5;

const PATHS = {
  'known user with a verified address': () => createChallengeEvent(),
  'unknown user': () => createChallengeEvent({ userNotFound: true }),
  'known user with an unverified address': () => createChallengeEvent({ userAttributes: userAttributes({ email_verified: 'false' }) }),
};
type Path = keyof typeof PATHS;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Sign-in attempts for one user, ten at a time. A warm-up for another user first loads the SDK,
 * whose first call on a loaded machine can outlast the per-call deadline on its own.
 */
async function attempts(handler: BundledHandler, count: number, clear: () => void) {
  await handler({ ...createChallengeEvent(), userName: 'warm-up-user' });
  clear();
  const results = [];
  for (let start = 0; start < count; start += 10) {
    results.push(...await Promise.all(Array.from({ length: Math.min(10, count - start) }, () => handler(createChallengeEvent()))));
  }
  return results;
}

describe('create auth challenge: user enumeration and email flooding', () => {
  // SES takes a realistic while to accept an email; KMS answers at once.
  const aws = serveKmsHmac(new FakeAwsServer()).on(SEND_EMAIL, async () => {
    await new Promise((resolve) => setTimeout(resolve, SES_LATENCY_MILLIS));
    return { status: 200, body: { MessageId: 'm-1' } };
  });
  let restore: () => void;

  beforeAll(async () => {
    restore = setEnvironment(awsEnvironment(await aws.start()));
  });
  afterAll(async () => {
    restore();
    await aws.stop();
  });
  beforeEach(() => {
    aws.requests.length = 0;
  });

  const emailsSent = () => aws.requests.filter((request) => request.operation === SEND_EMAIL).length;

  test('known, unknown and unverified users answer within the same time, with the same shape', async () => {
    captureLogs();
    const { handler } = loadBundle('create-auth-challenge', MAGIC_LINK_SETTINGS);
    const paths = Object.keys(PATHS) as Path[];
    const latencies = Object.fromEntries(paths.map((path) => [path, [] as number[]])) as Record<Path, number[]>;
    const shapes = new Set<string>();
    // A first call warms the instance: a cold start is the same for every path.
    await handler(PATHS['unknown user']());
    aws.requests.length = 0;
    // The paths of a round run at once, so a slow moment of the machine weighs on every path alike,
    // and a round takes one response delay rather than three.
    for (let round = 0; round < ROUNDS; round++) {
      await Promise.all(paths.map(async (path) => {
        const start = process.hrtime.bigint();
        const { response } = await handler(PATHS[path]());
        latencies[path].push(Number(process.hrtime.bigint() - start) / 1e6);
        shapes.add(JSON.stringify({ keys: Object.keys(response), public: Object.keys(response.publicChallengeParameters) }));
      }));
    }
    const medians = paths.map((path) => median(latencies[path]));
    process.stdout.write(`create auth challenge latency (median of ${ROUNDS}, ms): ${paths.map((path, index) => `${path}: ${medians[index].toFixed(1)}`).join('; ')}\n`);
    expect(emailsSent()).toBe(ROUNDS);
    expect(Math.max(...medians) - Math.min(...medians)).toBeLessThan(TOLERANCE_MILLIS);
    expect(shapes.size).toBe(1);
    // Every path asked KMS for a MAC: the same work, whatever the user.
    expect(aws.requests.filter((request) => request.operation === 'GenerateMac').length).toBe(ROUNDS * paths.length);
  });

  test('50 sign-in attempts for one user send at most the default cap of 5 emails; another user still gets one', async () => {
    const logs = captureLogs();
    const { handler } = loadBundle('create-auth-challenge', MAGIC_LINK_SETTINGS);
    const answers = await attempts(handler, 50, () => {
      aws.requests.length = 0;
      logs.lines.length = 0;
    });
    expect(emailsSent()).toBe(5);
    // Every attempt still gets a challenge, so the cap does not reveal the user either.
    expect(new Set(answers.map(({ response }) => JSON.stringify(Object.keys(response.publicChallengeParameters))))).toEqual(new Set(['["delivery","expiresAt"]']));
    expect(logs.lines.filter((line) => line.includes('"outcome":"email-cap-reached"'))).toHaveLength(45);
    await handler({ ...createChallengeEvent(), userName: 'another-user' });
    expect(emailsSent()).toBe(6);
  });

  test('the cap is configurable', async () => {
    captureLogs();
    const { handler } = loadBundle('create-auth-challenge', { ...MAGIC_LINK_SETTINGS, [MAGIC_LINK_ENV.maxEmailsPerUser]: '2' });
    await attempts(handler, 10, () => {
      aws.requests.length = 0;
    });
    expect(emailsSent()).toBe(2);
    const { handler: invalid } = loadBundle('create-auth-challenge', { ...MAGIC_LINK_SETTINGS, [MAGIC_LINK_ENV.maxEmailsPerUser]: '0' }) as { handler: BundledHandler };
    await expect(invalid(createChallengeEvent())).rejects.toThrow('MAGIC_LINK_MAX_EMAILS_PER_USER must be an integer between 1 and 50');
  });
});
