import * as fc from 'fast-check';
import { POST_CONFIRMATION_ENV } from '../../../lib/private/trigger-environment';
import { awsEnvironment, loadBundle, setEnvironment } from '../support/bundled-handler';
import { postConfirmationEvent, userAttributes } from '../support/cognito-events';
import { awsError, FakeAnswer, FakeAwsServer } from '../support/fake-aws-server';
import { captureConsole, expectClearOutcome, outcomeOf, runFuzz, withLogs } from '../support/fuzz-runner';
import { hostileEvents, hostileString } from '../support/hostile-events';

/*
 * Fuzzing the bundled post confirmation trigger against a Cognito stand-in that also fails in
 * the ways AWS does, with messages naming the account, the role and the user. Policy oracle: the
 * user is added only to the default group and to the group of a well-formed tenant id; a trigger
 * error never carries an AWS message; no log line carries an address, an ARN or an account id.
 */
const SETTINGS = { [POST_CONFIRMATION_ENV.defaultGroup]: 'users', [POST_CONFIRMATION_ENV.tenantGroupTemplate]: 'tenant-{tenantId}' };
const ACCOUNT = '111122223333';
const LEAKS = [ACCOUNT, 'arn:aws', 'jane@example.com'];
const ANSWERS: Record<string, FakeAnswer> = {
  'ok': { status: 200, body: {} },
  'access denied': awsError(400, 'AccessDeniedException', `User: arn:aws:sts::${ACCOUNT}:assumed-role/Trigger/fn is not authorized to perform: cognito-idp:AdminAddUserToGroup`),
  'no such group': awsError(400, 'ResourceNotFoundException', `Group not found in arn:aws:cognito-idp:eu-west-1:${ACCOUNT}:userpool/eu-west-1_AbCdEf123`),
  'no such user': awsError(400, 'UserNotFoundException', 'User jane@example.com does not exist.'),
  'internal error': awsError(500, 'InternalErrorException', `Internal error for jane@example.com in ${ACCOUNT}`),
};

const cases = fc.record({
  answer: fc.constantFrom(...Object.keys(ANSWERS)),
  tenant: fc.oneof(fc.constantFrom('acme', 'acme-42', 'a.b_c', '', '../admin', 'acme,users', 'x'.repeat(65)), hostileString),
  source: fc.constantFrom('PostConfirmation_ConfirmSignUp', 'PostConfirmation_ConfirmForgotPassword'),
}).chain(({ answer, tenant, source }) => fc.tuple(fc.constant(answer),
  hostileEvents(postConfirmationEvent(source, userAttributes({ 'email': 'jane@example.com', 'custom:tenant_id': tenant })), 2)));

describe('fuzz: post confirmation (bundled)', () => {
  let answer = 'ok';
  const cognito = new FakeAwsServer().on('AdminAddUserToGroup', () => ANSWERS[answer]);
  let restore: () => void;
  let handler: (event: unknown) => Promise<unknown>;

  beforeAll(async () => {
    restore = setEnvironment(awsEnvironment(await cognito.start()));
    handler = loadBundle('post-confirmation', SETTINGS).handler;
  });
  afterAll(async () => {
    restore();
    await cognito.stop();
  });

  test('hostile events and AWS failures: a response or a generic TriggerError, clean logs, and only configured groups', async () => {
    const calls = captureConsole();
    await runFuzz('post-confirmation', 'hostile events and AWS failures', cases, async ([given, event]) => {
      answer = given;
      cognito.requests.length = 0;
      const outcome = await withLogs(calls, LEAKS, () => outcomeOf(() => handler(event)));
      expectClearOutcome(outcome);
      for (const leak of LEAKS) {
        expect(outcome.error?.message ?? '').not.toContain(leak);
      }
      const e = event as { userName: string; userPoolId: string };
      for (const { body } of cognito.requests) {
        expect(body.Username).toBe(e.userName);
        expect(body.UserPoolId).toBe(e.userPoolId);
        expect(String(body.GroupName)).toMatch(/^(users|tenant-[A-Za-z0-9_.-]{1,64})$/);
      }
      if (outcome.response && cognito.requests.length > 0) {
        expect(given).toBe('ok');
      }
    }, { numRuns: 250 });
  });
});
