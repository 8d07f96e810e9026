import {
  CognitoIdentityProviderClient, CreateGroupCommand, CreateUserPoolClientCommand, CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';

/** A pool and app client created on the emulator. */
export interface EmulatedUserPool {
  readonly userPoolId: string;
  readonly clientId: string;
}

/** What the pool looks like: its custom attributes (without the `custom:` prefix) and groups. */
export interface EmulatedUserPoolShape {
  readonly customAttributes: string[];
  readonly groups: string[];
}

/** A Cognito client for the emulator; it accepts any credentials and region. */
export function emulatorClient(endpoint: string): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}

/**
 * Creates an email-as-username pool that verifies email, an app client for password sign-in with
 * one-hour ID and access tokens, and the groups the triggers add users to.
 */
export async function createEmulatedUserPool(client: CognitoIdentityProviderClient, shape: EmulatedUserPoolShape): Promise<EmulatedUserPool> {
  const { UserPool } = await client.send(new CreateUserPoolCommand({
    PoolName: 'integration',
    UsernameAttributes: ['email'],
    AutoVerifiedAttributes: ['email'],
    Schema: shape.customAttributes.map((name) => ({ Name: name, AttributeDataType: 'String', Mutable: true })),
  }));
  const userPoolId = UserPool!.Id!;
  const { UserPoolClient } = await client.send(new CreateUserPoolClientCommand({
    UserPoolId: userPoolId,
    ClientName: 'web',
    ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    EnableTokenRevocation: true,
    IdTokenValidity: 60,
    AccessTokenValidity: 60,
    RefreshTokenValidity: 30,
    TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'days' },
  }));
  for (const GroupName of shape.groups) {
    await client.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName }));
  }
  return { userPoolId, clientId: UserPoolClient!.ClientId! };
}
