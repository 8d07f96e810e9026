import * as cognito from 'aws-cdk-lib/aws-cognito';
import { IConstruct } from 'constructs';
import { usesClientCredentials } from './resolve-machine-client';
import { EnterpriseAppClientOptions } from '../enterprise-user-pool/app-client-options';
import { MACHINE_CLIENT_POOL_RULES } from '../private/validation/catalogue';
import { ruleProblems } from '../private/validation/deferred-rules';

/**
 * Checks that a pool with client-credentials clients has a domain, wherever in the app the domain
 * was declared (`everything` is every construct of the app). Runs at synth because a domain may be
 * added to the L2 pool after the clients.
 */
export function tokenEndpointProblems(
  pool: IConstruct, userPool: cognito.UserPool, clients: ReadonlyArray<EnterpriseAppClientOptions>,
  everything: ReadonlyArray<IConstruct>,
): string[] {
  const hasDomain = everything
    .some((construct) => construct instanceof cognito.CfnUserPoolDomain && construct.userPoolId === userPool.userPoolId);
  const clientNames = clients.filter(usesClientCredentials).map(({ name }) => name);
  return ruleProblems(pool, MACHINE_CLIENT_POOL_RULES, { clientNames, hasDomain });
}
