import * as cognito from 'aws-cdk-lib/aws-cognito';
import { MACHINE_CLIENT_DEFAULTS as D } from './defaults';
import { MachineClientOptions } from './machine-client-options';
import { EnterpriseAppClientOptions } from '../enterprise-user-pool/app-client-options';

/**
 * The app client a machine client is: client credentials with a secret and nothing a user would
 * use. The result goes through the pool's client defaults and client rules like any app client.
 */
export function machineAppClientOptions(options: MachineClientOptions): EnterpriseAppClientOptions {
  return {
    name: options.name,
    generateSecret: D.generateSecret,
    authFlows: D.authFlows,
    oAuthFlows: D.oAuthFlows,
    oAuthScopes: options.oAuthScopes,
    accessTokenValidity: options.accessTokenValidity ?? D.accessTokenValidity,
    enablePropagateAdditionalUserContextData: D.enablePropagateAdditionalUserContextData,
    // No user signs in through it, so no identity provider takes part.
    supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
  };
}

/** Whether a resolved client uses the client-credentials grant, and so the token endpoint. */
export function usesClientCredentials(options: EnterpriseAppClientOptions): boolean {
  return options.oAuthFlows?.clientCredentials === true;
}
