import {
  CognitoIdentityProviderClient, CreateGroupCommand, CreateUserPoolClientCommand, CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { PoolDefinition } from './pool-from-template';

/** A pool and its app clients created on the emulator. */
export interface EmulatedUserPool {
  readonly userPoolId: string;
  /** App client ids by client name. */
  readonly clientIds: Record<string, string>;
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

/** Creates the pool, its app clients and its groups on the emulator, as the requests define them. */
export async function createEmulatedUserPool(client: CognitoIdentityProviderClient, definition: PoolDefinition): Promise<EmulatedUserPool> {
  const { UserPool } = await client.send(new CreateUserPoolCommand(definition.pool));
  const userPoolId = UserPool!.Id!;
  const clientIds: Record<string, string> = {};
  for (const [name, request] of Object.entries(definition.clients)) {
    const { UserPoolClient } = await client.send(new CreateUserPoolClientCommand({ ...request, UserPoolId: userPoolId }));
    clientIds[name] = UserPoolClient!.ClientId!;
  }
  for (const group of definition.groups) {
    await client.send(new CreateGroupCommand({ ...group, UserPoolId: userPoolId }));
  }
  return { userPoolId, clientIds };
}
