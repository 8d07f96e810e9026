import { POST_CONFIRMATION_ENV } from '../../../lib/private/trigger-environment';
import { awsEnvironment, captureLogs, loadBundle, setEnvironment, settledWithin } from '../support/bundled-handler';
import { postConfirmationEvent } from '../support/cognito-events';
import { FakeAwsServer } from '../support/fake-aws-server';
import { serveKmsHmac } from '../support/fake-kms-hmac';
import { createChallengeEvent, MAGIC_LINK_SETTINGS, wellFormedVerifyEvent } from '../support/magic-link-events';
import { StallingServer, StallMode } from '../support/stalling-servers';

/*
 * Cognito waits at most 5 s for a trigger. Each bundled trigger that calls AWS is pointed at an
 * endpoint that accepts the connection and then never answers, or answers one byte at a time:
 * the trigger must still end, with a clear TriggerError, well before Cognito gives up.
 */
const WELL_UNDER_COGNITO_LIMIT_MILLIS = 3_000;

interface Case {
  readonly name: string;
  readonly bundle: string;
  readonly settings: Record<string, string>;
  readonly event: () => unknown;
}

const POST_CONFIRMATION: Case = {
  name: 'post confirmation (Cognito)',
  bundle: 'post-confirmation',
  settings: { [POST_CONFIRMATION_ENV.defaultGroup]: 'users' },
  event: () => postConfirmationEvent('PostConfirmation_ConfirmSignUp'),
};
const CREATE: Case = { name: 'create auth challenge', bundle: 'create-auth-challenge', settings: MAGIC_LINK_SETTINGS, event: createChallengeEvent };
const VERIFY: Case = { name: 'verify auth challenge (KMS)', bundle: 'verify-auth-challenge', settings: MAGIC_LINK_SETTINGS, event: wellFormedVerifyEvent };

describe.each<StallMode>(['silent', 'dribble-headers', 'dribble-body'])('an AWS endpoint that is %s', (mode) => {
  const stalling = new StallingServer(mode);
  const kms = serveKmsHmac(new FakeAwsServer());
  let stalled: string;
  let answering: string;

  beforeAll(async () => {
    [stalled, answering] = await Promise.all([stalling.start(), kms.start()]);
  });
  afterAll(async () => {
    await Promise.all([stalling.stop(), kms.stop()]);
  });

  /** Runs the cases at once; the SDK reads its endpoints at each call, so they stay set until all have ended. */
  async function expectClearFailuresInTime(cases: Case[], endpoints: Record<string, string>) {
    const logs = captureLogs();
    const restore = setEnvironment(endpoints);
    try {
      const handlers = cases.map(({ bundle, settings }) => loadBundle(bundle, settings).handler);
      const outcomes = await Promise.all(cases.map(({ event }, index) => settledWithin(handlers[index](event()), 5_000)));
      process.stdout.write(`${mode}: ${cases.map(({ name }, index) => `${name} ended after ${outcomes[index].elapsed} ms`).join('; ')}\n`);
      outcomes.forEach((outcome, index) => {
        expect({ case: cases[index].name, late: outcome.late ?? false }).toEqual({ case: cases[index].name, late: false });
        expect(outcome.elapsed).toBeLessThan(WELL_UNDER_COGNITO_LIMIT_MILLIS);
        expect(outcome.error).toMatchObject({ name: 'TriggerError', message: expect.stringMatching(/\((TimeoutError|AbortError)\)$/) });
      });
    } finally {
      restore();
    }
    expect(stalling.connections).toBeGreaterThan(0);
    expect(logs.text()).toMatch(/"outcome":"aws-call-failed","reason":"(TimeoutError|AbortError)"/);
  }

  test('Cognito and KMS calls: post confirmation, create and verify auth challenge end with a clear TriggerError, well under 5 s', async () => {
    await expectClearFailuresInTime([POST_CONFIRMATION, CREATE, VERIFY], awsEnvironment(stalled));
  });

  test('an SES call after a prompt KMS answer: create auth challenge ends with a clear TriggerError, well under 5 s', async () => {
    await expectClearFailuresInTime([CREATE], { ...awsEnvironment(answering), AWS_ENDPOINT_URL_SESV2: stalled });
  });
});
