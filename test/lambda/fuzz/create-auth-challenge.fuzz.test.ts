import * as fc from 'fast-check';
import { awsEnvironment, loadBundle, setEnvironment } from '../support/bundled-handler';
import { userAttributes } from '../support/cognito-events';
import { FakeAwsServer } from '../support/fake-aws-server';
import { serveKmsHmac } from '../support/fake-kms-hmac';
import { captureConsole, expectClearOutcome, outcomeOf, runFuzz, withLogs } from '../support/fuzz-runner';
import { hostileEvents } from '../support/hostile-events';
import { createChallengeEvent, MAGIC_LINK_SETTINGS, SEND_EMAIL } from '../support/magic-link-events';

/*
 * Fuzzing the bundled create auth challenge trigger against KMS and SES stand-ins. Policy oracle:
 * a link is emailed only to a verified address of a user Cognito found, at most the default cap
 * of 5 emails per user, the caller-visible parameters never carry the address, and every new
 * session gets a well-formed challenge. Each case waits the trigger's fixed minimum response
 * time, so cases run 64 at a time.
 */
const USERS = Array.from({ length: 12 }, (_, index) => `user-${index}`);
const CAP = 5;

const cases = fc.record({
  userName: fc.constantFrom(...USERS),
  verified: fc.constantFrom('true', 'false', 'TRUE', ''),
  userNotFound: fc.constantFrom(true, false, undefined, 'false'),
  session: fc.constantFrom([], [{ challengeName: 'CUSTOM_CHALLENGE', challengeResult: false, challengeMetadata: `MAGIC_LINK:${'r'.repeat(32)}:9999999999` }],
    [{ challengeName: 'CUSTOM_CHALLENGE', challengeResult: false, challengeMetadata: 'MAGIC_LINK:old:1' }]),
}).chain(({ userName, verified, userNotFound, session }) => {
  const event = { ...createChallengeEvent({ session, userNotFound, userAttributes: userAttributes({ email: `${userName}@example.com`, email_verified: verified }) }), userName };
  return hostileEvents(event, 2);
});

/** Whether Cognito's event, as the handler saw it, names a found user with a verified address. */
function mayReceive(event: unknown): string | undefined {
  const e = event as { userName?: unknown; request?: { userNotFound?: unknown; userAttributes?: Record<string, unknown> } };
  const attributes = e?.request?.userAttributes;
  return e?.request?.userNotFound !== true && attributes?.email_verified === 'true' && typeof attributes.email === 'string' ? attributes.email : undefined;
}

describe('fuzz: create auth challenge (bundled)', () => {
  const aws = serveKmsHmac(new FakeAwsServer()).on(SEND_EMAIL, () => ({ status: 200, body: { MessageId: 'm-1' } }));
  let restore: () => void;
  let handler: (event: unknown) => Promise<unknown>;

  beforeAll(async () => {
    restore = setEnvironment(awsEnvironment(await aws.start()));
    handler = loadBundle('create-auth-challenge', MAGIC_LINK_SETTINGS).handler;
  });
  afterAll(async () => {
    restore();
    await aws.stop();
  });

  test('hostile events: a response or a TriggerError, clean logs, and links only to verified, found users, capped', async () => {
    const calls = captureConsole();
    const recipients = new Set<string>();
    await runFuzz('create-auth-challenge', 'hostile events', cases, async (event) => {
      const recipient = mayReceive(event);
      if (recipient) {
        recipients.add(recipient);
      }
      const outcome = await withLogs(calls, [`${'r'.repeat(32)}`], () => outcomeOf(() => handler(event)));
      expectClearOutcome(outcome);
      if (!outcome.response) {
        return;
      }
      const answer = outcome.response.response as Record<string, Record<string, string>>;
      const { publicChallengeParameters, privateChallengeParameters, challengeMetadata } = answer;
      expect(Object.keys(publicChallengeParameters).sort()).toEqual(['delivery', 'expiresAt']);
      expect(JSON.stringify(publicChallengeParameters)).not.toMatch(/@|example/);
      expect(challengeMetadata).toBe(`MAGIC_LINK:${privateChallengeParameters.nonce}:${privateChallengeParameters.expiresAt}`);
      expect(JSON.stringify(calls.slice(-5))).not.toContain(privateChallengeParameters.nonce);
    }, { numRuns: 192, concurrency: 64 });

    const emails = aws.requests.filter((request) => request.operation === SEND_EMAIL)
      .map((request) => (request.body as { Destination: { ToAddresses: string[] } }).Destination.ToAddresses);
    process.stdout.write(`fuzz create-auth-challenge: ${emails.length} emails sent to ${new Set(emails.flat()).size} recipients\n`);
    expect(emails.length).toBeGreaterThan(0);
    const perRecipient = new Map<string, number>();
    for (const to of emails) {
      expect(to).toHaveLength(1);
      expect(recipients.has(to[0])).toBe(true);
      perRecipient.set(to[0], (perRecipient.get(to[0]) ?? 0) + 1);
    }
    // The cap counts per user; the fuzz gives each user one address, so it also bounds each address.
    expect(Math.max(...perRecipient.values())).toBeLessThanOrEqual(CAP);
  });
});
