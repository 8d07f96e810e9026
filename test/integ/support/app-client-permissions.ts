import { PoolDefinition } from './pool-from-template';

type AppClientDefinition = PoolDefinition['clients'][string];

/*
 * Cognito refuses a request its app client is not configured for; cognito-local does not check.
 * The flows call these before each client request, so they never do what the synthesized client
 * would be refused.
 */

/** Fails unless the client's ExplicitAuthFlows allow the auth flow (`USER_PASSWORD_AUTH`, ...). */
export function requireAuthFlow(client: AppClientDefinition, authFlow: string): void {
  const allowed: string[] = client.ExplicitAuthFlows ?? [];
  if (!allowed.includes(`ALLOW_${authFlow}`)) {
    throw new Error(`App client ${client.ClientName} does not allow ${authFlow} (ExplicitAuthFlows: ${allowed.join(', ')})`);
  }
}

/** Fails unless the client may write every one of the attributes; a client without WriteAttributes writes all. */
export function requireWritable(client: AppClientDefinition, attributeNames: string[]): void {
  const refused = client.WriteAttributes === undefined ? [] : attributeNames.filter((name) => !client.WriteAttributes!.includes(name));
  if (refused.length > 0) {
    throw new Error(`App client ${client.ClientName} may not write ${refused.join(', ')}`);
  }
}
