import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { postConfirmationEvent, USER_POOL_ID, userAttributes } from './support/cognito-events';
import { awsError, FakeAwsServer, fakeClientConfig } from './support/fake-aws-server';
import { expectOnlyClearFailures } from './support/malformed-events';
import { createPostConfirmationHandler } from '../../lambda/post-confirmation.lambda';
import { POST_CONFIRMATION_ENV } from '../../lib/private/trigger-environment';

const env = {
  [POST_CONFIRMATION_ENV.defaultGroup]: 'users',
  [POST_CONFIRMATION_ENV.tenantGroupTemplate]: 'tenant-{tenantId}',
};

describe('post confirmation', () => {
  const cognito = new FakeAwsServer();
  let client: CognitoIdentityProviderClient;

  beforeAll(async () => {
    client = new CognitoIdentityProviderClient(fakeClientConfig(await cognito.start()));
  });
  afterAll(async () => {
    client.destroy();
    await cognito.stop();
  });
  beforeEach(() => {
    cognito.requests.length = 0;
    cognito.on('AdminAddUserToGroup', () => ({ status: 200, body: {} }));
    jest.spyOn(console, 'info').mockImplementation(() => undefined);
  });

  test('PostConfirmation_ConfirmSignUp: adds the user to the default group and their tenant group', async () => {
    const handler = createPostConfirmationHandler(env, client);
    const event = postConfirmationEvent('PostConfirmation_ConfirmSignUp', userAttributes({ 'custom:tenant_id': 'acme-42' }));
    await expect(handler(event)).resolves.toEqual(event);
    expect(cognito.requests).toHaveLength(2);
    expect(cognito.requests).toEqual(expect.arrayContaining([
      { operation: 'AdminAddUserToGroup', body: { UserPoolId: USER_POOL_ID, Username: event.userName, GroupName: 'users' } },
      { operation: 'AdminAddUserToGroup', body: { UserPoolId: USER_POOL_ID, Username: event.userName, GroupName: 'tenant-acme-42' } },
    ]));
  });

  test('a user without a tenant id joins only the default group', async () => {
    await createPostConfirmationHandler(env, client)(postConfirmationEvent('PostConfirmation_ConfirmSignUp'));
    expect(cognito.requests.map((request) => request.body.GroupName)).toEqual(['users']);
  });

  test('is idempotent: confirming twice adds the same memberships and succeeds', async () => {
    const handler = createPostConfirmationHandler(env, client);
    const event = postConfirmationEvent('PostConfirmation_ConfirmSignUp');
    await handler(event);
    await expect(handler(event)).resolves.toEqual(event);
    expect(cognito.requests.map((request) => request.body.GroupName)).toEqual(['users', 'users']);
  });

  test('PostConfirmation_ConfirmForgotPassword: does nothing unless configured', async () => {
    const event = postConfirmationEvent('PostConfirmation_ConfirmForgotPassword');
    await expect(createPostConfirmationHandler(env, client)(event)).resolves.toEqual(event);
    expect(cognito.requests).toHaveLength(0);

    const configured = createPostConfirmationHandler({
      ...env, [POST_CONFIRMATION_ENV.triggerSources]: 'PostConfirmation_ConfirmSignUp,PostConfirmation_ConfirmForgotPassword',
    }, client);
    await configured(event);
    expect(cognito.requests).toHaveLength(1);
  });

  test('reports a missing group without naming it', async () => {
    cognito.on('AdminAddUserToGroup', () => awsError(400, 'ResourceNotFoundException', 'Group not found.'));
    await expect(createPostConfirmationHandler(env, client)(postConfirmationEvent('PostConfirmation_ConfirmSignUp')))
      .rejects.toThrow('A group for new users does not exist in the user pool');
  });

  test('rejects a tenant id that cannot be part of a group name', async () => {
    const event = postConfirmationEvent('PostConfirmation_ConfirmSignUp', userAttributes({ 'custom:tenant_id': 'acme/../admins' }));
    await expect(createPostConfirmationHandler(env, client)(event)).rejects.toThrow('The custom:tenant_id attribute is not a valid tenant id');
  });

  test('rejects invalid settings at cold start', () => {
    expect(() => createPostConfirmationHandler({ [POST_CONFIRMATION_ENV.tenantGroupTemplate]: 'tenant' }, client))
      .toThrow('environment variable TENANT_GROUP_TEMPLATE must contain {tenantId}');
    expect(() => createPostConfirmationHandler({ [POST_CONFIRMATION_ENV.triggerSources]: 'PostConfirmation_Other' }, client))
      .toThrow('lists an unknown trigger source "PostConfirmation_Other"');
  });

  test('property: malformed events give a response or a clear error, never a TypeError', async () => {
    const valid = postConfirmationEvent('PostConfirmation_ConfirmSignUp', userAttributes({ 'custom:tenant_id': 'acme' }));
    await expectOnlyClearFailures(createPostConfirmationHandler(env, client), valid, 100);
  });
});
