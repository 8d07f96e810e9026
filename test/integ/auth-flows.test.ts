import {
  AdminGetUserCommand, AdminListGroupsForUserCommand, CognitoIdentityProviderClient, ConfirmSignUpCommand, InitiateAuthCommand,
  RevokeTokenCommand, SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { EMULATED_TRIGGERS, EmulatedTriggerOptions, bundledTriggerFunctions } from './support/bundled-trigger-functions';
import { CognitoLocalServer, startCognitoLocal } from './support/cognito-local-server';
import { createEmulatedUserPool, emulatorClient, EmulatedUserPool } from './support/emulated-user-pool';
import { waitForCodeDelivery } from './support/emulator-code-deliveries';
import { fetchTrusting } from './support/fetch-trusting';
import { LambdaInvokeServer, startLambdaInvokeServer } from './support/lambda-invoke-server';
import { LegacyVerifierServer, startLegacyVerifier } from './support/legacy-verifier-server';
import { issueLoopbackCertificate } from './support/loopback-certificate';
import { withEnvironment } from './support/process-environment';
import { tokenVerifiers } from './support/token-verifiers';

/*
 * End-to-end flows against cognito-local (a Cognito User Pools emulator) with the real bundled
 * triggers. The flows of one emulator share its data directory, so they run in order, one at a time.
 * Where the emulator departs from Cognito, the assertion follows Cognito's contract and says so.
 */

const PASSWORD = 'Correct-Horse-9!';
const LEGACY_PASSWORD = 'Legacy-Secret-7!';

const CLAIM = { tenant: 'tenant_id', tier: 'subscription_tier', department: 'department' };

const LEGACY_USERS = {
  'lin@legacy.example': {
    password: LEGACY_PASSWORD,
    userAttributes: { 'email': 'lin@legacy.example', 'email_verified': 'true', 'given_name': 'Lin', 'custom:tenant_id': 'legacy-co' },
  },
};

function triggerOptions(verifierUrl: string): EmulatedTriggerOptions {
  return {
    preSignUp: { blockedDomains: ['blocked.example'], trustedDomains: ['trusted.example'] },
    postConfirmation: { defaultGroup: 'members', tenantGroupTemplate: 'tenant-{tenantId}' },
    preTokenGeneration: { claimMapping: { [CLAIM.department]: 'custom:department' } },
    customMessage: { brandName: 'Acme Cloud' },
    userMigration: { verifierUrl },
  };
}

let lambda: LambdaInvokeServer;
let verifier: LegacyVerifierServer;
let emulator: CognitoLocalServer;
let cognito: CognitoIdentityProviderClient;
let pool: EmulatedUserPool;
let restoreEnvironment: () => void;
const triggerLogs: string[] = [];

beforeAll(async () => {
  // Trigger logs are kept for the privacy check below rather than printed.
  jest.spyOn(console, 'info').mockImplementation((...fields: unknown[]) => { triggerLogs.push(JSON.stringify(fields)); });
  const certificate = issueLoopbackCertificate();
  verifier = await startLegacyVerifier(certificate, LEGACY_USERS);
  lambda = await startLambdaInvokeServer(bundledTriggerFunctions(triggerOptions(verifier.url), fetchTrusting(certificate.cert)));
  emulator = await startCognitoLocal({ lambdaEndpoint: lambda.endpoint, triggerFunctions: EMULATED_TRIGGERS });
  // The post confirmation trigger calls AdminAddUserToGroup with the SDK's default client: point it at the emulator.
  restoreEnvironment = withEnvironment({
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: emulator.endpoint,
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
  });
  cognito = emulatorClient(emulator.endpoint);
  pool = await createEmulatedUserPool(cognito, {
    customAttributes: ['tenant_id', 'tier', 'department'],
    groups: ['members', 'tenant-acme', 'tenant-legacy-co'],
  });
}, 30_000);

afterAll(async () => {
  restoreEnvironment?.();
  cognito?.destroy();
  await emulator?.stop();
  await lambda?.close();
  await verifier?.close();
  jest.restoreAllMocks();
});

const signUp = (email: string, attributes: Record<string, string> = {}) => cognito.send(new SignUpCommand({
  ClientId: pool.clientId,
  Username: email,
  Password: PASSWORD,
  UserAttributes: Object.entries({ email, ...attributes }).map(([Name, Value]) => ({ Name, Value })),
}));

// The emulator has no SRP, so sign-in uses USER_PASSWORD_AUTH, which the app client allows.
const signIn = (username: string, password: string) => cognito.send(new InitiateAuthCommand({
  ClientId: pool.clientId,
  AuthFlow: 'USER_PASSWORD_AUTH',
  AuthParameters: { USERNAME: username, PASSWORD: password },
}));

const groupsOf = async (email: string) => {
  // The emulator lists a user's groups only by the user's own username (here a generated id), not by an email alias.
  const { Username } = await cognito.send(new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: email }));
  const { Groups } = await cognito.send(new AdminListGroupsForUserCommand({ UserPoolId: pool.userPoolId, Username }));
  return (Groups ?? []).map((group) => group.GroupName).sort();
};

const verifiers = () => tokenVerifiers({ endpoint: emulator.endpoint, userPoolId: pool.userPoolId, clientId: pool.clientId });

describe('sign-up', () => {
  test('a blocked email domain is rejected with the pre sign-up trigger\'s message and no user is created', async () => {
    await expect(signUp('mallory@blocked.example')).rejects.toMatchObject({
      name: 'UserLambdaValidationException',
      message: expect.stringContaining('Sign-up with this email domain is not allowed'),
    });
    await expect(cognito.send(new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: 'mallory@blocked.example' })))
      .rejects.toMatchObject({ name: 'UserNotFoundException' });
  });

  test('a trusted domain is confirmed and verified at sign-up, and the post confirmation trigger groups the user', async () => {
    const result = await signUp('grace@trusted.example', { 'custom:tenant_id': 'acme' });

    expect(result.UserConfirmed).toBe(true);
    // Cognito runs the post confirmation trigger for a user the pre sign-up trigger confirmed, at sign-up.
    const user = await cognito.send(new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: 'grace@trusted.example' }));
    expect(user.UserStatus).toBe('CONFIRMED');
    expect(user.UserAttributes).toContainEqual({ Name: 'email_verified', Value: 'true' });
    expect(await groupsOf('grace@trusted.example')).toEqual(['members', 'tenant-acme']);
  });
});

describe('confirmation and sign-in', () => {
  const email = 'ada@customer.example';
  let confirmationCode: string;

  test('an ordinary domain gets the branded custom message, carrying a working code', async () => {
    const result = await signUp(email, { 'given_name': 'Ada', 'custom:tenant_id': 'acme', 'custom:tier': 'gold', 'custom:department': 'R&D' });

    expect(result.UserConfirmed).toBe(false);
    // Cognito masks the destination (a***@c***); the emulator shows it in full, so only the medium is asserted.
    expect(result.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    const delivery = await waitForCodeDelivery(emulator.output, email);
    expect(delivery.emailSubject).toBe('Welcome to Acme Cloud: confirm your account');
    expect(delivery.emailMessage).toContain('<p>Hello Ada,</p>');
    expect(delivery.emailMessage).toContain('— Acme Cloud');
    // The trigger leaves Cognito's {####} placeholder in the body; the code the user reads is the one Cognito issued.
    const codeInBody = /<b>(\d+)<\/b>/.exec(delivery.emailMessage ?? '')?.[1];
    expect(codeInBody).toBe(delivery.code);
    confirmationCode = codeInBody!;
  });

  test('confirming the sign-up adds the user to the default group and the tenant group', async () => {
    expect(await groupsOf(email)).toEqual([]);

    await cognito.send(new ConfirmSignUpCommand({ ClientId: pool.clientId, Username: email, ConfirmationCode: confirmationCode }));

    expect(await groupsOf(email)).toEqual(['members', 'tenant-acme']);
  });

  test('password sign-in issues tokens that verify and carry the groups and the tenant claims', async () => {
    const { AuthenticationResult: tokens } = await signIn(email, PASSWORD);
    const { idToken, accessToken } = verifiers();

    const id = await idToken.verify(tokens!.IdToken!);
    expect(id).toMatchObject({
      'email': email,
      'cognito:groups': ['members', 'tenant-acme'],
      [CLAIM.tenant]: 'acme',
      [CLAIM.tier]: 'gold',
      [CLAIM.department]: 'R&D',
    });
    expect(id.exp! - id.iat!).toBe(3600);
    const access = await accessToken.verify(tokens!.AccessToken!);
    expect(access['cognito:groups']).toEqual(['members', 'tenant-acme']);
    expect(access.exp! - access.iat!).toBe(3600);
    // The V1 pre token generation event (the only one the emulator sends) customises the ID token alone.
    expect(access[CLAIM.tenant]).toBeUndefined();
  });

  test('a wrong password is rejected', async () => {
    // Cognito answers NotAuthorizedException; the emulator answers InvalidPasswordException. Either is a rejection.
    await expect(signIn(email, 'Wrong-Password-1!')).rejects.toMatchObject({
      name: expect.stringMatching(/^(NotAuthorizedException|InvalidPasswordException)$/),
    });
  });
});

describe('tokens', () => {
  const email = 'grace@trusted.example';

  test('a tampered or foreign token fails verification', async () => {
    const { AuthenticationResult: tokens } = await signIn(email, PASSWORD);
    const [header, payload, signature] = tokens!.IdToken!.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...claims, [CLAIM.tenant]: 'someone-else' })).toString('base64url');

    await expect(verifiers().idToken.verify([header, forged, signature].join('.'))).rejects.toThrow(/signature/i);
    const otherClient = tokenVerifiers({ endpoint: emulator.endpoint, userPoolId: pool.userPoolId, clientId: 'another-client' });
    await expect(otherClient.idToken.verify(tokens!.IdToken!)).rejects.toThrow(/audience/i);
    await expect(otherClient.accessToken.verify(tokens!.AccessToken!)).rejects.toThrow(/client_id/);
    // An ID token is not an access token, even though both are signed by the pool.
    await expect(verifiers().accessToken.verify(tokens!.IdToken!)).rejects.toThrow(/token_use/);
  });

  test('a refresh token issues new tokens with the trigger\'s claims until it is revoked', async () => {
    const { AuthenticationResult: signedIn } = await signIn(email, PASSWORD);
    const refresh = () => cognito.send(new InitiateAuthCommand({
      ClientId: pool.clientId,
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      AuthParameters: { REFRESH_TOKEN: signedIn!.RefreshToken! },
    }));

    const { AuthenticationResult: refreshed } = await refresh();
    const id = await verifiers().idToken.verify(refreshed!.IdToken!);
    expect(id).toMatchObject({ 'email': email, 'cognito:groups': ['members', 'tenant-acme'], [CLAIM.tenant]: 'acme' });
    await verifiers().accessToken.verify(refreshed!.AccessToken!);
    expect(lambda.invocations).toContainEqual({ functionName: EMULATED_TRIGGERS.PreTokenGeneration, triggerSource: 'TokenGeneration_RefreshTokens' });

    await cognito.send(new RevokeTokenCommand({ ClientId: pool.clientId, Token: signedIn!.RefreshToken! }));

    await expect(refresh()).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });
});

describe('user migration', () => {
  const email = 'lin@legacy.example';

  test('a wrong legacy password is rejected and migrates nothing', async () => {
    await expect(signIn(email, 'Not-The-Legacy-1!')).rejects.toMatchObject({ name: 'NotAuthorizedException' });
    await expect(cognito.send(new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: email })))
      .rejects.toMatchObject({ name: 'UserNotFoundException' });
  });

  test('a legacy user migrates on first sign-in, checked by the legacy verifier', async () => {
    const { AuthenticationResult: tokens } = await signIn(email, LEGACY_PASSWORD);

    const id = await verifiers().idToken.verify(tokens!.IdToken!);
    expect(id).toMatchObject({ email, [CLAIM.tenant]: 'legacy-co' });
    const user = await cognito.send(new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: email }));
    expect(user.UserStatus).toBe('CONFIRMED');
    expect(user.UserAttributes).toEqual(expect.arrayContaining([{ Name: 'given_name', Value: 'Lin' }, { Name: 'email_verified', Value: 'true' }]));
    expect(verifier.calls.filter((call) => call.username === email)).toEqual([
      { action: 'authenticate', username: email },
      { action: 'authenticate', username: email },
    ]);
  });

  test('a migrated user signs in without the legacy store', async () => {
    verifier.retire();
    const callsBefore = verifier.calls.length;

    const { AuthenticationResult: tokens } = await signIn(email, LEGACY_PASSWORD);

    await verifiers().idToken.verify(tokens!.IdToken!);
    expect(verifier.calls).toHaveLength(callsBefore);
  });
});

describe('trigger behaviour across the flows', () => {
  test('every trigger ran, and failed only where a flow expected a rejection', () => {
    const ran = new Set(lambda.invocations.map((invocation) => invocation.triggerSource));
    expect([...ran].sort()).toEqual([
      'CustomMessage_SignUp',
      'PostConfirmation_ConfirmSignUp',
      'PreSignUp_SignUp',
      'TokenGeneration_Authentication',
      'TokenGeneration_RefreshTokens',
      'UserMigration_Authentication',
    ]);
    const failures = lambda.invocations.filter((invocation) => invocation.errorMessage !== undefined);
    expect(failures.map(({ triggerSource, errorMessage }) => [triggerSource, errorMessage])).toEqual([
      ['PreSignUp_SignUp', 'Sign-up with this email domain is not allowed'],
      ['UserMigration_Authentication', 'Bad username or password'],
    ]);
  });

  test('trigger logs never carry email addresses, passwords or codes', () => {
    expect(triggerLogs.length).toBeGreaterThan(0);
    const logs = triggerLogs.join('\n');
    expect(logs).not.toMatch(/@/);
    expect(logs).not.toContain(PASSWORD);
    expect(logs).not.toContain(LEGACY_PASSWORD);
    expect(logs).not.toMatch(/\b\d{6}\b/);
  });
});
