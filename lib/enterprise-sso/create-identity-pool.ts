import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as identitypool from 'aws-cdk-lib/aws-cognito-identitypool';
import { Construct } from 'constructs';
import { SsoIdentityPoolOptions } from './sso-identity-pool-options';
import { UserPoolClientLogin } from '../identity/user-pool-client-login';
import { IDENTITY_POOL_RULES } from '../private/validation/catalogue';
import { enforceRules } from '../private/validation/enforce-rules';

/**
 * An identity pool for authenticated users of the given clients, one role mapping per client.
 * The L2 still creates an unauthenticated role; with guest access off no identity can assume it.
 */
export function createIdentityPool(
  scope: Construct, userPool: cognito.IUserPool, clients: { [name: string]: cognito.UserPoolClient }, options: SsoIdentityPoolOptions,
): identitypool.IdentityPool {
  const entries = Object.entries(clients);
  const keys = entries.map(([name]) => name.replace(/[^A-Za-z0-9]/g, ''));
  const clash = keys.findIndex((key, index) => key === '' || keys.indexOf(key) !== index);
  if (clash >= 0) {
    throw new Error(`[CE-SSO-IDENTITY-POOL] ${scope.node.path}: appClients name "${entries[clash][0]}" — role mappings are keyed by client name reduced to letters and digits, which must be non-empty and unique (${keys.map((key) => `"${key}"`).join(', ')})`);
  }
  enforceRules(scope, IDENTITY_POOL_RULES, { identityPoolName: options.identityPoolName });
  return new identitypool.IdentityPool(scope, 'IdentityPool', {
    identityPoolName: options.identityPoolName,
    allowUnauthenticatedIdentities: false,
    allowClassicFlow: false,
    authenticatedRole: options.authenticatedRole,
    authenticationProviders: {
      // Group roles trust this identity pool, so it must not depend on the pool's groups.
      userPools: entries.map(([, userPoolClient]) => new UserPoolClientLogin(userPool, userPoolClient)),
    },
    roleMappings: entries.map(([, client], index) => ({
      // The provider URL holds the pool and client ids, which are tokens: the key must not be.
      mappingKey: keys[index],
      providerUrl: identitypool.IdentityPoolProviderUrl.userPool(userPool, client),
      useToken: options.rules === undefined,
      rules: options.rules,
      resolveAmbiguousRoles: options.resolveAmbiguousRoles ?? false,
    })),
  });
}
