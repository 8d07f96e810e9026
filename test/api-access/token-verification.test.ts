import { createHash, randomBytes } from 'node:crypto';
import {
  AdminCreateUserCommand, AdminSetUserPasswordCommand, CognitoIdentityProviderClient, CreateUserPoolClientCommand, CreateUserPoolCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { Stack } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUrlIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { APP_RESPONSE, CERTIFICATE_ARN, loadBalancer } from './fixtures';
import { albListener, appSyncApi, EmulatedIssuer, httpApiRoute, IntegrationCheck, restApiMethod } from './support/integration-verifiers';
import { EnterpriseUserPool } from '../../lib';
import { requireAuthFlow } from '../integ/support/app-client-permissions';
import { CognitoLocalServer, startCognitoLocal } from '../integ/support/cognito-local-server';
import { createEmulatedUserPool, emulatorClient } from '../integ/support/emulated-user-pool';
import { PoolDefinition, poolDefinitionFromTemplate } from '../integ/support/pool-from-template';
import { CfnTemplate, resourcesOfType, synthesizeTemplate } from '../integ/support/synthesized-template';

/*
 * Tokens issued by cognito-local for a synthesized pool, checked the way each integration checks
 * them, with the settings read from the same template: audience, scopes, client and regex.
 * The emulator grants access tokens the `aws.cognito.signin.user.admin` scope only, so a route
 * that requires it stands for "the scope is granted" and one that requires `orders/read` for
 * "the scope is missing".
 */

// The pool signs in with email as the username.
const USERNAME = 'ada@example.com';
const PASSWORD = 'Correct-Horse-9!';
const GRANTED_SCOPE = 'aws.cognito.signin.user.admin';
const ALB_HOST = 'intranet.example.com';

function defineProtectedApis(stack: Stack): void {
  const pool = new EnterpriseUserPool(stack, 'Users', {
    domain: { cognitoDomainPrefix: 'example-corp-users' },
    // The emulator cannot enrol TOTP, and a required second factor would stop every sign-in there.
    mfa: cognito.Mfa.OPTIONAL,
    // The emulator has no SRP: the API clients sign in with USER_PASSWORD_AUTH.
    appClients: [{ name: 'web', authFlows: { userPassword: true } }, { name: 'partner', authFlows: { userPassword: true } }],
  });
  const httpApi = new apigwv2.HttpApi(stack, 'HttpApi');
  const authorizer = pool.httpApiAuthorizer('HttpAuthorizer', { userPoolClients: [pool.appClients.web] });
  const integration = new HttpUrlIntegration('Backend', 'https://backend.example.com');
  httpApi.addRoutes({ path: '/profile', methods: [apigwv2.HttpMethod.GET], integration, authorizer, authorizationScopes: [GRANTED_SCOPE] });
  httpApi.addRoutes({ path: '/orders', methods: [apigwv2.HttpMethod.GET], integration, authorizer, authorizationScopes: ['orders/read'] });

  const restApi = new apigateway.RestApi(stack, 'RestApi');
  const restAuthorizer = pool.restApiAuthorizer(stack, 'RestAuthorizer');
  restApi.root.addMethod('GET', new apigateway.MockIntegration(), pool.restApiMethodOptions(restAuthorizer));
  restApi.root.addMethod('POST', new apigateway.MockIntegration(), pool.restApiMethodOptions(restAuthorizer, ['orders/write']));
  restApi.root.addMethod('PUT', new apigateway.MockIntegration(), pool.restApiMethodOptions(restAuthorizer, [GRANTED_SCOPE]));

  const alb = loadBalancer(stack);
  alb.addListener('Https', {
    port: 443,
    certificates: [elbv2.ListenerCertificate.fromArn(CERTIFICATE_ARN)],
    defaultAction: pool.albAuthenticateAction(stack, 'alb', { loadBalancer: alb, domainName: ALB_HOST, next: APP_RESPONSE }),
  });

  new appsync.GraphqlApi(stack, 'GraphqlApi', {
    name: 'orders',
    definition: appsync.Definition.fromSchema(appsync.SchemaFile.fromAsset(`${__dirname}/schema.graphql`)),
    authorizationConfig: { defaultAuthorization: pool.appSyncAuthorization() },
  });
}

let emulator: CognitoLocalServer;
let cognitoApi: CognitoIdentityProviderClient;
let template: CfnTemplate;
let definition: PoolDefinition;
let issuer: EmulatedIssuer;
/** Client logical id by client name. */
let logicalIds: Record<string, string>;
let otherPoolToken: string;

beforeAll(async () => {
  template = synthesizeTemplate(defineProtectedApis);
  definition = poolDefinitionFromTemplate(template);
  // No triggers are configured, so the Lambda endpoint is never called.
  emulator = await startCognitoLocal({ lambdaEndpoint: 'http://127.0.0.1:9', triggerFunctions: {} });
  cognitoApi = emulatorClient(emulator.endpoint);
  const pool = await createEmulatedUserPool(cognitoApi, definition);
  logicalIds = Object.fromEntries(Object.entries(resourcesOfType(template, 'AWS::Cognito::UserPoolClient'))
    .map(([id, resource]) => [resource.Properties!.ClientName as string, id]));
  issuer = {
    endpoint: emulator.endpoint,
    userPoolId: pool.userPoolId,
    clientIds: Object.fromEntries(Object.entries(pool.clientIds).map(([name, clientId]) => [logicalIds[name], clientId])),
  };
  await createUser(pool.userPoolId);

  // A second pool with an identical client: its tokens are well formed but from another issuer.
  const { UserPool } = await cognitoApi.send(new CreateUserPoolCommand({ PoolName: 'other' }));
  const { UserPoolClient } = await cognitoApi.send(new CreateUserPoolClientCommand({
    UserPoolId: UserPool!.Id!, ClientName: 'web', ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'],
  }));
  await createUser(UserPool!.Id!);
  otherPoolToken = (await signIn(UserPoolClient!.ClientId!)).AccessToken!;
}, 30_000);

afterAll(async () => {
  await emulator?.stop();
});

async function createUser(userPoolId: string): Promise<void> {
  await cognitoApi.send(new AdminCreateUserCommand({
    UserPoolId: userPoolId,
    Username: USERNAME,
    MessageAction: 'SUPPRESS',
    TemporaryPassword: 'Temporary-Pass-4!',
    UserAttributes: [{ Name: 'email', Value: USERNAME }, { Name: 'email_verified', Value: 'true' }],
  }));
  await cognitoApi.send(new AdminSetUserPasswordCommand({ UserPoolId: userPoolId, Username: USERNAME, Password: PASSWORD, Permanent: true }));
}

async function signIn(clientId: string) {
  const { AuthenticationResult } = await cognitoApi.send(new InitiateAuthCommand({
    ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME, PASSWORD },
  }));
  return AuthenticationResult!;
}

/** Signs in through a synthesized API client, as the application behind an integration would. */
async function tokensOf(clientName: string) {
  requireAuthFlow(definition.clients[clientName], 'USER_PASSWORD_AUTH');
  return signIn(issuer.clientIds[logicalIds[clientName]]);
}

/**
 * The load balancer's authorization code flow on the emulator's hosted pages, redirected to the
 * callback the construct registered. The emulator demands PKCE, which ALB itself does not send.
 */
async function albIdToken(): Promise<string> {
  const clientId = issuer.clientIds[logicalIds.alb];
  const redirectUri = `https://${ALB_HOST}/oauth2/idpresponse`;
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const authorize = await fetch(`${emulator.endpoint}/oauth2/authorize`, {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams({
      client_id: clientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'openid',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      username: USERNAME,
      password: PASSWORD,
    }),
  });
  const location = new URL(authorize.headers.get('location') ?? 'missing:');
  expect(`${location.origin}${location.pathname}`).toBe(redirectUri);
  const token = await fetch(`${emulator.endpoint}/oauth2/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'authorization_code', code: location.searchParams.get('code')!, redirect_uri: redirectUri, client_id: clientId, code_verifier: verifier }),
  });
  return ((await token.json()) as { id_token: string }).id_token;
}

async function expectAccepted(check: IntegrationCheck, token: string): Promise<void> {
  await expect(check(token)).resolves.toMatchObject({ iss: `${issuer.endpoint}/${issuer.userPoolId}` });
}

describe('HTTP API JWT authorizer', () => {
  test('accepts the access token of an audience client on a route whose scope it grants, not its ID token', async () => {
    const web = await tokensOf('web');
    await expectAccepted(httpApiRoute(template, 'GET /profile', issuer), web.AccessToken!);
    // A route with scopes takes access tokens only: ID tokens carry no scope.
    await expect(httpApiRoute(template, 'GET /profile', issuer)(web.IdToken!)).rejects.toThrow(/grants none of/);
  });

  test('refuses a token of a client outside the audience, a missing scope and another pool', async () => {
    const partner = await tokensOf('partner');
    await expect(httpApiRoute(template, 'GET /profile', issuer)(partner.AccessToken!)).rejects.toThrow(/not in the audience/);
    const web = await tokensOf('web');
    await expect(httpApiRoute(template, 'GET /orders', issuer)(web.AccessToken!)).rejects.toThrow(/grants none of orders\/read/);
    await expect(httpApiRoute(template, 'GET /profile', issuer)(otherPoolToken)).rejects.toThrow(/[Ii]ssuer/);
  });
});

describe('REST API user pools authorizer', () => {
  test('accepts the ID token on a method without scopes and an access token granting the method\'s scope', async () => {
    const web = await tokensOf('web');
    await expectAccepted(restApiMethod(template, 'GET', 'without scopes', issuer), web.IdToken!);
    await expectAccepted(restApiMethod(template, 'PUT', 'with scopes', issuer), web.AccessToken!);
  });

  test('refuses the ID token and a token without the scope on a scoped method, and another pool\'s token', async () => {
    const web = await tokensOf('web');
    await expect(restApiMethod(template, 'POST', 'with scopes', issuer)(web.AccessToken!)).rejects.toThrow(/grants none of orders\/write/);
    await expect(restApiMethod(template, 'PUT', 'with scopes', issuer)(web.IdToken!)).rejects.toThrow(/token_use id/);
    await expect(restApiMethod(template, 'GET', 'without scopes', issuer)(otherPoolToken)).rejects.toThrow(/[Ii]ssuer/);
  });
});

describe('ALB authenticate-cognito action', () => {
  test('the load balancer\'s client signs in on its registered callback and its ID token starts a session', async () => {
    await expectAccepted(albListener(template, issuer), await albIdToken());
  });

  test('a token of another client of the pool starts no session', async () => {
    const web = await tokensOf('web');
    await expect(albListener(template, issuer)(web.IdToken!)).rejects.toThrow(/load balancer's client/);
  });
});

describe('AppSync user pool mode', () => {
  test('accepts every client of the pool and refuses another pool\'s token', async () => {
    const partner = await tokensOf('partner');
    await expectAccepted(appSyncApi(template, issuer), partner.IdToken!);
    await expectAccepted(appSyncApi(template, issuer), partner.AccessToken!);
    await expect(appSyncApi(template, issuer)(otherPoolToken)).rejects.toThrow(/[Ii]ssuer/);
  });
});
