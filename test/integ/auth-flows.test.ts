import {
  AdminGetUserCommand, AdminListGroupsForUserCommand, CognitoIdentityProviderClient, ConfirmSignUpCommand, InitiateAuthCommand,
  RespondToAuthChallengeCommand, RevokeTokenCommand, SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { Stack } from 'aws-cdk-lib';
import { requireAuthFlow, requireWritable } from './support/app-client-permissions';
import { bundledTriggerFunctions, emulatorTriggerFunctions } from './support/bundled-trigger-functions';
import { CognitoLocalServer, startCognitoLocal } from './support/cognito-local-server';
import { createEmulatedUserPool, emulatorClient, EmulatedUserPool } from './support/emulated-user-pool';
import { waitForCodeDelivery } from './support/emulator-code-deliveries';
import { fetchTrusting } from './support/fetch-trusting';
import { LambdaInvokeServer, startLambdaInvokeServer } from './support/lambda-invoke-server';
import { LegacyVerifierServer, startLegacyVerifier } from './support/legacy-verifier-server';
import { issueLoopbackCertificate } from './support/loopback-certificate';
import { PoolDefinition, poolDefinitionFromTemplate } from './support/pool-from-template';
import { withEnvironment } from './support/process-environment';
import { synthesizeTemplate } from './support/synthesized-template';
import { inviteTenantUser } from './support/tenant-onboarding';
import { tokenVerifiers } from './support/token-verifiers';
import { triggersFromTemplate } from './support/triggers-from-template';
import { SaasAuthSystem } from '../../lib/saas-auth-system';

/*
 * End-to-end flows against cognito-local (a Cognito User Pools emulator) with the real bundled
 * triggers. The pool, its app clients and groups, and each trigger's environment come from a
 * synthesized SaasAuthSystem, so the flows run against the configuration the construct deploys.
 * The flows of one emulator share its data directory, so they run in order, one at a time.
 * Where the emulator departs from Cognito, the assertion follows Cognito's contract and says so.
 */

const PASSWORD = 'Correct-Horse-9!';
const TEMPORARY_PASSWORD = 'Temporary-Pass-4!';
const LEGACY_PASSWORD = 'Legacy-Secret-7!';

const BRAND = 'Acme Cloud';
const DEFAULT_GROUP = 'members';
const TENANT = 'acme';
const LEGACY_TENANT = 'legacy-co';
const FLOWS_CLIENT = 'app';
const ADMIN_ONLY_ATTRIBUTES = ['custom:tenant_id', 'custom:subscription_tier'];
const CLAIM = { tenant: 'tenant_id', tier: 'subscription_tier', company: 'company' };
// Cognito requires the pool's required attributes, and the SaaS pre sign-up trigger a company name.
const PROFILE: Record<string, string> = { 'given_name': 'Ada', 'family_name': 'Lovelace', 'custom:company_name': 'Analytical Engines' };

const LEGACY_USERS = {
  'lin@legacy.example': {
    password: LEGACY_PASSWORD,
    userAttributes: {
      'email': 'lin@legacy.example',
      'email_verified': 'true',
      'given_name': 'Lin',
      'family_name': 'Chen',
      'custom:tenant_id': LEGACY_TENANT,
      'custom:subscription_tier': 'silver',
    },
  },
};

/** The system under test: the SaaS defaults plus what the flows need, each choice explained. */
function defineAuthSystem(stack: Stack, verifierUrl: string): void {
  new SaasAuthSystem(stack, 'Saas', {
    callbackUrls: ['https://app.example.com/callback'],
    logoutUrls: ['https://app.example.com/'],
    // Email as the username. The default (a username with an email alias) works in Cognito, but
    // cognito-local resolves an email to its user only for UsernameAttributes.
    signInAliases: { email: true },
    groups: [{ name: DEFAULT_GROUP }],
    // Also gives post confirmation its tenant group template, tenant-{tenantId}.
    tenantGroups: [TENANT, LEGACY_TENANT],
    appClients: [{
      name: FLOWS_CLIENT,
      // The client default is SRP only. USER_PASSWORD_AUTH is added because Cognito hands user
      // migration the password only in this flow, and because cognito-local has no SRP.
      // Everything else is the enterprise client default.
      authFlows: { userSrp: true, userPassword: true },
    }],
    triggers: {
      preSignUp: {
        allowedDomains: ['customer.example'],
        blockedDomains: ['spam.customer.example'],
        trustedDomains: ['trusted.example'],
      },
      postConfirmation: { defaultGroup: DEFAULT_GROUP },
      preTokenGeneration: { claimMapping: { [CLAIM.company]: 'custom:company_name' } },
      customMessage: { brandName: BRAND },
      userMigration: { verifierUrl },
    },
  });
}

let lambda: LambdaInvokeServer;
let verifier: LegacyVerifierServer;
let emulator: CognitoLocalServer;
let cognito: CognitoIdentityProviderClient;
let definition: PoolDefinition;
let pool: EmulatedUserPool;
let restoreEnvironment: () => void;
const triggerLogs: string[] = [];

beforeAll(async () => {
  // Trigger logs are kept for the privacy check below rather than printed.
  jest.spyOn(console, 'info').mockImplementation((...fields: unknown[]) => { triggerLogs.push(JSON.stringify(fields)); });
  const certificate = issueLoopbackCertificate();
  verifier = await startLegacyVerifier(certificate, LEGACY_USERS);
  const template = synthesizeTemplate((stack) => defineAuthSystem(stack, verifier.url));
  definition = poolDefinitionFromTemplate(template);
  const triggers = triggersFromTemplate(template);
  lambda = await startLambdaInvokeServer(bundledTriggerFunctions(triggers, fetchTrusting(certificate.cert)));
  emulator = await startCognitoLocal({ lambdaEndpoint: lambda.endpoint, triggerFunctions: emulatorTriggerFunctions(triggers) });
  // The post confirmation trigger calls AdminAddUserToGroup with the SDK's default client: point it at the emulator.
  restoreEnvironment = withEnvironment({
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: emulator.endpoint,
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
  });
  cognito = emulatorClient(emulator.endpoint);
  pool = await createEmulatedUserPool(cognito, definition);
}, 30_000);

afterAll(async () => {
  restoreEnvironment?.();
  cognito?.destroy();
  await emulator?.stop();
  await lambda?.close();
  await verifier?.close();
  jest.restoreAllMocks();
});

const flowsClient = () => definition.clients[FLOWS_CLIENT];
const clientId = () => pool.clientIds[FLOWS_CLIENT];

const signUp = (email: string, attributes: Record<string, string> = PROFILE) => {
  const userAttributes = { email, ...attributes };
  requireWritable(flowsClient(), Object.keys(userAttributes));
  return cognito.send(new SignUpCommand({
    ClientId: clientId(),
    Username: email,
    Password: PASSWORD,
    UserAttributes: Object.entries(userAttributes).map(([Name, Value]) => ({ Name, Value })),
  }));
};

// The emulator has no SRP, so sign-in uses USER_PASSWORD_AUTH, which the synthesized client allows.
const signIn = (username: string, password: string) => {
  requireAuthFlow(flowsClient(), 'USER_PASSWORD_AUTH');
  return cognito.send(new InitiateAuthCommand({
    ClientId: clientId(),
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD: password },
  }));
};

const refresh = (refreshToken: string) => {
  requireAuthFlow(flowsClient(), 'REFRESH_TOKEN_AUTH');
  return cognito.send(new InitiateAuthCommand({
    ClientId: clientId(),
    AuthFlow: 'REFRESH_TOKEN_AUTH',
    AuthParameters: { REFRESH_TOKEN: refreshToken },
  }));
};

const getUser = (email: string) => cognito.send(new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: email }));

const groupsOf = async (email: string) => {
  // The emulator lists a user's groups only by the user's own username (a generated id), not by the email.
  const { Username } = await getUser(email);
  const { Groups } = await cognito.send(new AdminListGroupsForUserCommand({ UserPoolId: pool.userPoolId, Username }));
  return (Groups ?? []).map((group) => group.GroupName).sort();
};

const verifiers = () => tokenVerifiers({ endpoint: emulator.endpoint, userPoolId: pool.userPoolId, clientId: clientId() });

describe('the synthesized configuration', () => {
  test('no app client may write the tenant and tier attributes, which only administrators set', () => {
    expect(Object.keys(definition.clients).sort()).toEqual([FLOWS_CLIENT, 'mobile', 'web']);
    for (const client of Object.values(definition.clients)) {
      // A client without WriteAttributes could write every attribute.
      const writable = client.WriteAttributes ?? ['(every attribute)'];
      expect(writable).toEqual(expect.arrayContaining(['email', 'given_name', 'custom:company_name']));
      expect({ client: client.ClientName, adminOnly: writable.filter((name) => [...ADMIN_ONLY_ATTRIBUTES, 'email_verified'].includes(name)) })
        .toEqual({ client: client.ClientName, adminOnly: [] });
    }
    expect(definition.pool.Schema).toContainEqual(expect.objectContaining({ Name: 'tenant_id', Mutable: false }));
  });

  test('the flows\' client allows password sign-in, which user migration needs, and refresh', () => {
    expect(flowsClient().ExplicitAuthFlows).toEqual(expect.arrayContaining(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']));
  });
});

describe('self sign-up', () => {
  test('a blocked email domain is rejected with the pre sign-up trigger\'s message and no user is created', async () => {
    await expect(signUp('mallory@spam.customer.example')).rejects.toMatchObject({
      name: 'UserLambdaValidationException',
      message: expect.stringContaining('Sign-up with this email domain is not allowed'),
    });
    await expect(getUser('mallory@spam.customer.example')).rejects.toMatchObject({ name: 'UserNotFoundException' });
  });

  test('a domain outside the allowed domains is rejected', async () => {
    await expect(signUp('eve@elsewhere.example')).rejects.toMatchObject({
      name: 'UserLambdaValidationException',
      message: expect.stringContaining('Sign-up with this email domain is not allowed'),
    });
  });

  test('a client cannot send the tenant attributes at sign-up', () => {
    expect(() => signUp('mallory@customer.example', { ...PROFILE, 'custom:tenant_id': TENANT }))
      .toThrow(/may not write custom:tenant_id/);
  });

  test('a trusted domain is confirmed and verified at sign-up, and post confirmation adds the default group only', async () => {
    const result = await signUp('grace@trusted.example', { ...PROFILE, given_name: 'Grace' });

    expect(result.UserConfirmed).toBe(true);
    // Cognito runs the post confirmation trigger for a user the pre sign-up trigger confirmed, at sign-up.
    const user = await getUser('grace@trusted.example');
    expect(user.UserStatus).toBe('CONFIRMED');
    expect(user.UserAttributes).toContainEqual({ Name: 'email_verified', Value: 'true' });
    // A user who signs themselves up has no tenant, so no tenant group.
    expect(await groupsOf('grace@trusted.example')).toEqual([DEFAULT_GROUP]);
  });
});

describe('confirmation and sign-in', () => {
  const email = 'ada@customer.example';
  let confirmationCode: string;

  test('an ordinary domain gets the branded custom message, carrying a working code', async () => {
    const result = await signUp(email);

    expect(result.UserConfirmed).toBe(false);
    // Cognito masks the destination (a***@c***); the emulator shows it in full, so only the medium is asserted.
    expect(result.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    const delivery = await waitForCodeDelivery(emulator.output, email);
    expect(delivery.emailSubject).toBe(`Welcome to ${BRAND}: confirm your account`);
    expect(delivery.emailMessage).toContain('<p>Hello Ada,</p>');
    expect(delivery.emailMessage).toContain(`— ${BRAND}`);
    // The trigger leaves Cognito's {####} placeholder in the body; the code the user reads is the one Cognito issued.
    const codeInBody = /<b>(\d+)<\/b>/.exec(delivery.emailMessage ?? '')?.[1];
    expect(codeInBody).toBe(delivery.code);
    confirmationCode = codeInBody!;
  });

  test('confirming the sign-up adds the user to the default group', async () => {
    expect(await groupsOf(email)).toEqual([]);

    await cognito.send(new ConfirmSignUpCommand({ ClientId: clientId(), Username: email, ConfirmationCode: confirmationCode }));

    expect(await groupsOf(email)).toEqual([DEFAULT_GROUP]);
  });

  test('password sign-in issues tokens that verify and carry the groups and the mapped claim, and no tenant', async () => {
    const { AuthenticationResult: tokens } = await signIn(email, PASSWORD);
    const { idToken, accessToken } = verifiers();

    const id = await idToken.verify(tokens!.IdToken!);
    expect(id).toMatchObject({ 'email': email, 'cognito:groups': [DEFAULT_GROUP], [CLAIM.company]: 'Analytical Engines' });
    expect(id[CLAIM.tenant]).toBeUndefined();
    expect(id[CLAIM.tier]).toBeUndefined();
    expect(id.exp! - id.iat!).toBe(3600);
    const access = await accessToken.verify(tokens!.AccessToken!);
    expect(access['cognito:groups']).toEqual([DEFAULT_GROUP]);
    expect(access.exp! - access.iat!).toBe(3600);
  });
});

describe('tenant onboarding', () => {
  const email = 'tom@customer.example';

  test('an administrator invites a tenant user with the tenant attributes; the invitation is branded', async () => {
    await inviteTenantUser(cognito, pool.userPoolId, {
      email,
      tenantId: TENANT,
      tier: 'gold',
      temporaryPassword: TEMPORARY_PASSWORD,
      attributes: { ...PROFILE, given_name: 'Tom' },
      groups: [DEFAULT_GROUP, `tenant-${TENANT}`],
    });

    const delivery = await waitForCodeDelivery(emulator.output, email);
    expect(delivery.emailSubject).toBe(`You have been invited to ${BRAND}`);
    expect(delivery.code).toBe(TEMPORARY_PASSWORD);
    expect(delivery.emailMessage).toContain(`<b>${TEMPORARY_PASSWORD}</b>`);
    const user = await getUser(email);
    expect(user.UserStatus).toBe('FORCE_CHANGE_PASSWORD');
    expect(user.UserAttributes).toEqual(expect.arrayContaining([{ Name: 'custom:tenant_id', Value: TENANT }]));
    expect(await groupsOf(email)).toEqual([DEFAULT_GROUP, `tenant-${TENANT}`]);
  });

  test('the first sign-in sets a password, and the tokens carry the tenant, the tier and the groups', async () => {
    const challenge = await signIn(email, TEMPORARY_PASSWORD);
    expect(challenge.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');

    const { AuthenticationResult: tokens } = await cognito.send(new RespondToAuthChallengeCommand({
      ClientId: clientId(),
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: challenge.Session,
      ChallengeResponses: { USERNAME: challenge.ChallengeParameters!.USER_ID_FOR_SRP, NEW_PASSWORD: PASSWORD },
    }));

    const id = await verifiers().idToken.verify(tokens!.IdToken!);
    expect(id).toMatchObject({
      'email': email,
      'cognito:groups': [DEFAULT_GROUP, `tenant-${TENANT}`],
      [CLAIM.tenant]: TENANT,
      [CLAIM.tier]: 'gold',
      [CLAIM.company]: 'Analytical Engines',
    });
    const access = await verifiers().accessToken.verify(tokens!.AccessToken!);
    expect(access['cognito:groups']).toEqual([DEFAULT_GROUP, `tenant-${TENANT}`]);
    // The emulator sends only the V1 pre token generation event, which customises the ID token alone.
    expect(access[CLAIM.tenant]).toBeUndefined();
    expect((await getUser(email)).UserStatus).toBe('CONFIRMED');
  });

  test('a wrong password is rejected', async () => {
    // Cognito answers NotAuthorizedException; the emulator answers InvalidPasswordException. Either is a rejection.
    await expect(signIn(email, 'Wrong-Password-1!')).rejects.toMatchObject({
      name: expect.stringMatching(/^(NotAuthorizedException|InvalidPasswordException)$/),
    });
  });
});

describe('tokens', () => {
  const email = 'tom@customer.example';

  test('a tampered or foreign token fails verification', async () => {
    const { AuthenticationResult: tokens } = await signIn(email, PASSWORD);
    const [header, payload, signature] = tokens!.IdToken!.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...claims, [CLAIM.tenant]: 'someone-else' })).toString('base64url');

    await expect(verifiers().idToken.verify([header, forged, signature].join('.'))).rejects.toThrow(/signature/i);
    const mobileClient = tokenVerifiers({ endpoint: emulator.endpoint, userPoolId: pool.userPoolId, clientId: pool.clientIds.mobile });
    await expect(mobileClient.idToken.verify(tokens!.IdToken!)).rejects.toThrow(/audience/i);
    await expect(mobileClient.accessToken.verify(tokens!.AccessToken!)).rejects.toThrow(/client_id/);
    // An ID token is not an access token, even though both are signed by the pool.
    await expect(verifiers().accessToken.verify(tokens!.IdToken!)).rejects.toThrow(/token_use/);
  });

  test('a refresh token issues new tokens with the trigger\'s claims until it is revoked', async () => {
    const { AuthenticationResult: signedIn } = await signIn(email, PASSWORD);

    const { AuthenticationResult: refreshed } = await refresh(signedIn!.RefreshToken!);
    const id = await verifiers().idToken.verify(refreshed!.IdToken!);
    expect(id).toMatchObject({ 'email': email, 'cognito:groups': [DEFAULT_GROUP, `tenant-${TENANT}`], [CLAIM.tenant]: TENANT });
    await verifiers().accessToken.verify(refreshed!.AccessToken!);
    expect(lambda.invocations).toContainEqual({ functionName: 'pre-token-generation', triggerSource: 'TokenGeneration_RefreshTokens' });

    await cognito.send(new RevokeTokenCommand({ ClientId: clientId(), Token: signedIn!.RefreshToken! }));

    await expect(refresh(signedIn!.RefreshToken!)).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });
});

describe('user migration', () => {
  const email = 'lin@legacy.example';

  test('a wrong legacy password is rejected and migrates nothing', async () => {
    await expect(signIn(email, 'Not-The-Legacy-1!')).rejects.toMatchObject({ name: 'NotAuthorizedException' });
    await expect(getUser(email)).rejects.toMatchObject({ name: 'UserNotFoundException' });
  });

  test('a legacy user migrates on first sign-in, checked by the legacy verifier', async () => {
    const { AuthenticationResult: tokens } = await signIn(email, LEGACY_PASSWORD);

    // The trigger's answer creates the user on Cognito's side, so it may carry the admin-only tenant attributes.
    const id = await verifiers().idToken.verify(tokens!.IdToken!);
    expect(id).toMatchObject({ email, [CLAIM.tenant]: LEGACY_TENANT, [CLAIM.tier]: 'silver' });
    const user = await getUser(email);
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
      'CustomMessage_AdminCreateUser',
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
      ['PreSignUp_SignUp', 'Sign-up with this email domain is not allowed'],
      ['UserMigration_Authentication', 'Bad username or password'],
    ]);
  });

  test('trigger logs never carry email addresses, passwords or codes', () => {
    expect(triggerLogs.length).toBeGreaterThan(0);
    const logs = triggerLogs.join('\n');
    expect(logs).not.toMatch(/@/);
    for (const password of [PASSWORD, TEMPORARY_PASSWORD, LEGACY_PASSWORD]) {
      expect(logs).not.toContain(password);
    }
    expect(logs).not.toMatch(/\b\d{6}\b/);
  });
});
