import { POST_CONFIRMATION_ENV } from '../../../lib/private/trigger-environment';
import { awsEnvironment, captureLogs, loadBundle, setEnvironment } from '../support/bundled-handler';
import { postConfirmationEvent } from '../support/cognito-events';
import { awsError, FakeAwsServer } from '../support/fake-aws-server';
import { serveKmsHmac } from '../support/fake-kms-hmac';
import { createChallengeEvent, MAGIC_LINK_SETTINGS, SEND_EMAIL, wellFormedVerifyEvent } from '../support/magic-link-events';

/*
 * AWS error messages name the recipient, the account, the role and the key. Cognito may show a
 * trigger's error to the unauthenticated caller of a sign-in, so the bundled triggers must throw
 * a generic TriggerError and log only the error's name.
 */
const ACCOUNT = '111122223333';
const ROLE = `arn:aws:sts::${ACCOUNT}:assumed-role/AuthTriggerRole-1A2B3C/auth-trigger`;
const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const accessDenied = (action: string, resource: string) =>
  awsError(400, 'AccessDeniedException', `User: ${ROLE} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows it`);
const SECRETS = [ACCOUNT, 'arn:aws', 'AuthTriggerRole', 'jane@example.com', '@'];

describe('AWS errors never leave a bundled trigger', () => {
  const aws = new FakeAwsServer();
  let restore: () => void;

  beforeAll(async () => {
    restore = setEnvironment(awsEnvironment(await aws.start()));
  });
  afterAll(async () => {
    restore();
    await aws.stop();
  });

  async function expectRedacted(run: () => Promise<unknown>, reason: string) {
    const logs = captureLogs();
    const error = await run().then(() => undefined, (thrown: unknown) => thrown as Error);
    expect(error).toBeInstanceOf(Error);
    expect(error!.name).toBe('TriggerError');
    expect(error).not.toHaveProperty('cause');
    for (const secret of SECRETS) {
      expect(error!.message).not.toContain(secret);
      expect(logs.text()).not.toContain(secret);
    }
    expect(logs.text()).toContain(`"reason":"${reason}"`);
    return error!;
  }

  test('create auth challenge: SES rejects the recipient', async () => {
    serveKmsHmac(aws).on(SEND_EMAIL, () => awsError(400, 'MessageRejected',
      'Email address is not verified. The following identities failed the check in region EU-WEST-1: jane@example.com'));
    const { handler } = loadBundle('create-auth-challenge', MAGIC_LINK_SETTINGS);
    const error = await expectRedacted(() => handler(createChallengeEvent()), 'MessageRejected');
    expect(error.message).toBe('SES SendEmail failed (MessageRejected)');
  });

  test('create auth challenge: KMS denies the key', async () => {
    aws.on('GenerateMac', () => accessDenied('kms:GenerateMac', KEY));
    const { handler } = loadBundle('create-auth-challenge', MAGIC_LINK_SETTINGS);
    const error = await expectRedacted(() => handler(createChallengeEvent()), 'AccessDeniedException');
    expect(error.message).toBe('KMS GenerateMac failed (AccessDeniedException)');
  });

  test('verify auth challenge: KMS denies the key', async () => {
    aws.on('VerifyMac', () => accessDenied('kms:VerifyMac', KEY));
    const { handler } = loadBundle('verify-auth-challenge', MAGIC_LINK_SETTINGS);
    await expectRedacted(() => handler(wellFormedVerifyEvent()), 'AccessDeniedException');
  });

  test('post confirmation: Cognito denies the pool', async () => {
    aws.on('AdminAddUserToGroup', () => accessDenied('cognito-idp:AdminAddUserToGroup', `arn:aws:cognito-idp:eu-west-1:${ACCOUNT}:userpool/eu-west-1_AbCdEf123`));
    const { handler } = loadBundle('post-confirmation', { [POST_CONFIRMATION_ENV.defaultGroup]: 'users' });
    const error = await expectRedacted(() => handler(postConfirmationEvent('PostConfirmation_ConfirmSignUp')), 'AccessDeniedException');
    expect(error.message).toBe('The account could not be added to its groups (AccessDeniedException)');
  });
});
