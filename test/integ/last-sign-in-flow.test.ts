import {
  AdminCreateUserCommand, AdminGetUserCommand, AdminSetUserPasswordCommand, CognitoIdentityProviderClient, InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { requireAuthFlow } from './support/app-client-permissions';
import { bundledTriggerFunctions, emulatorTriggerFunctions } from './support/bundled-trigger-functions';
import { CognitoLocalServer, startCognitoLocal } from './support/cognito-local-server';
import { createEmulatedUserPool, emulatorClient, EmulatedUserPool } from './support/emulated-user-pool';
import { LambdaInvokeServer, startLambdaInvokeServer } from './support/lambda-invoke-server';
import { PoolDefinition, poolDefinitionFromTemplate } from './support/pool-from-template';
import { withEnvironment } from './support/process-environment';
import { CfnTemplate, onlyResourceOfType, synthesizeTemplate } from './support/synthesized-template';
import { triggersFromTemplate } from './support/triggers-from-template';
import { EnterpriseUserPool } from '../../lib';
import { POST_AUTHENTICATION_ENV } from '../../lib/private/trigger-environment';
import { FAKE_SECRET, FakeDynamoDb } from '../lambda/support/fake-dynamodb';

/*
 * A real sign-in through cognito-local runs the bundled post authentication trigger, configured as
 * the synthesized EnterpriseUserPool configures it, and the trigger records the sign-in in a local
 * DynamoDB. cognito-local ignores a failing post authentication trigger; Cognito does not, so the
 * failure case also checks that the trigger itself answered without an error.
 */
const CLIENT = 'app';
const TABLE_NAME = 'LastSignIn';
const EMAIL = 'ada@example.com';
const PASSWORD = 'Correct-Horse-9!';

/** The values CloudFormation would give the trigger: the table's name and DynamoDB's endpoint. */
function deployedValues(template: CfnTemplate, endpoint: string): CfnTemplate {
  const [tableId] = onlyResourceOfType(template, 'AWS::DynamoDB::Table');
  for (const resource of Object.values(template.Resources)) {
    const variables = (resource.Properties?.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables;
    if (variables && POST_AUTHENTICATION_ENV.tableName in variables) {
      expect(variables[POST_AUTHENTICATION_ENV.tableName]).toEqual({ Ref: tableId });
      variables[POST_AUTHENTICATION_ENV.tableName] = TABLE_NAME;
      variables[POST_AUTHENTICATION_ENV.endpoint] = endpoint;
    }
  }
  return template;
}

let dynamodb: FakeDynamoDb;
let lambda: LambdaInvokeServer;
let emulator: CognitoLocalServer;
let client: CognitoIdentityProviderClient;
let definition: PoolDefinition;
let pool: EmulatedUserPool;
let restoreEnvironment: () => void;

beforeAll(async () => {
  jest.spyOn(console, 'info').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  dynamodb = new FakeDynamoDb();
  const endpoint = await dynamodb.start();
  const template = deployedValues(synthesizeTemplate((stack) => new EnterpriseUserPool(stack, 'Users', {
    // cognito-local resolves an email to its user only for UsernameAttributes, and has no SRP:
    // password sign-in, and optional MFA so a user without a factor gets tokens.
    signInAliases: { email: true },
    mfa: cognito.Mfa.OPTIONAL,
    appClients: [{ name: CLIENT, authFlows: { userSrp: true, userPassword: true } }],
    triggers: { lastSignIn: {} },
  })), endpoint);
  definition = poolDefinitionFromTemplate(template);
  const triggers = triggersFromTemplate(template);
  expect(Object.keys(triggers)).toEqual(['PostAuthentication']);
  // What the Lambda runtime sets: the region and the function's credentials, which sign the write.
  restoreEnvironment = withEnvironment({ AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE', AWS_SECRET_ACCESS_KEY: FAKE_SECRET });
  lambda = await startLambdaInvokeServer(bundledTriggerFunctions(triggers, fetch));
  emulator = await startCognitoLocal({ lambdaEndpoint: lambda.endpoint, triggerFunctions: emulatorTriggerFunctions(triggers) });
  client = emulatorClient(emulator.endpoint);
  pool = await createEmulatedUserPool(client, definition);
  await client.send(new AdminCreateUserCommand({
    UserPoolId: pool.userPoolId,
    Username: EMAIL,
    MessageAction: 'SUPPRESS',
    UserAttributes: [
      { Name: 'email', Value: EMAIL }, { Name: 'email_verified', Value: 'true' }, { Name: 'given_name', Value: 'Ada' }, { Name: 'family_name', Value: 'Lovelace' },
    ],
  }));
  await client.send(new AdminSetUserPasswordCommand({ UserPoolId: pool.userPoolId, Username: EMAIL, Password: PASSWORD, Permanent: true }));
}, 60_000);

afterAll(async () => {
  restoreEnvironment?.();
  client?.destroy();
  await emulator?.stop();
  await lambda?.close();
  await dynamodb?.stop();
  jest.restoreAllMocks();
});

const signIn = () => {
  requireAuthFlow(definition.clients[CLIENT], 'USER_PASSWORD_AUTH');
  return client.send(new InitiateAuthCommand({
    ClientId: pool.clientIds[CLIENT], AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: EMAIL, PASSWORD },
  }));
};

const postAuthentications = () => lambda.invocations.filter(({ triggerSource }) => triggerSource === 'PostAuthentication_Authentication');

describe('last sign-in tracking through cognito-local', () => {
  let sub: string;
  let username: string;

  beforeAll(async () => {
    const user = await client.send(new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: EMAIL }));
    sub = user.UserAttributes!.find(({ Name }) => Name === 'sub')!.Value!;
    username = user.Username!;
  });

  test('a real sign-in returns tokens and writes the user\'s item: sub, lastSignInAt, username', async () => {
    const before = Date.now();
    const { AuthenticationResult } = await signIn();
    expect(AuthenticationResult?.IdToken).toBeDefined();
    expect(postAuthentications()).toEqual([{ functionName: 'post-authentication', triggerSource: 'PostAuthentication_Authentication' }]);
    expect(dynamodb.requests).toHaveLength(1);
    expect(dynamodb.requests[0]).toMatchObject({ target: 'DynamoDB_20120810.UpdateItem', signatureValid: true, body: { TableName: TABLE_NAME } });
    const item = dynamodb.items.get(sub);
    expect(item).toEqual({ sub: { S: sub }, lastSignInAt: { N: expect.stringMatching(/^\d{13}$/) }, username: { S: username } });
    expect(Number(item!.lastSignInAt.N)).toBeGreaterThanOrEqual(before);
    expect(Number(item!.lastSignInAt.N)).toBeLessThanOrEqual(Date.now());
  });

  test('the next sign-in moves lastSignInAt forward, one write per sign-in', async () => {
    const first = Number(dynamodb.items.get(sub)!.lastSignInAt.N);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await signIn();
    expect(dynamodb.requests).toHaveLength(2);
    expect(Number(dynamodb.items.get(sub)!.lastSignInAt.N)).toBeGreaterThan(first);
  });

  test('with the table missing, the sign-in still returns tokens and the trigger answered without an error', async () => {
    dynamodb.mode = 'missing-table';
    const { AuthenticationResult } = await signIn();
    expect(AuthenticationResult?.AccessToken).toBeDefined();
    expect(postAuthentications().at(-1)).toEqual({ functionName: 'post-authentication', triggerSource: 'PostAuthentication_Authentication' });
  });
});
