import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { TENANT_GROUP_PREFIX } from './defaults';
import { EnterpriseUserPool } from '../enterprise-user-pool/enterprise-user-pool';
import { IdentityKind, identityPoolPrincipal } from '../identity/identity-pool-principal';

/** A tenant's group and the role its members receive from the identity pool. */
export interface TenantGroup {
  readonly group: cognito.UserPoolGroup;
  readonly role: iam.Role;
}

/**
 * Adds a group `tenant-<id>` per tenant, each with a role that only signed-in identities of the
 * identity pool can assume. Session tags stay allowed so the principal tags still apply.
 */
export function addTenantGroups(
  scope: Construct, pool: EnterpriseUserPool, identityPoolId: string, tenantIds: string[],
): { [tenantId: string]: TenantGroup } {
  const tenants: { [tenantId: string]: TenantGroup } = {};
  for (const tenantId of tenantIds) {
    const role = new iam.Role(scope, `TenantRole-${tenantId}`, {
      assumedBy: identityPoolPrincipal(identityPoolId, IdentityKind.AUTHENTICATED, true),
      description: `Members of tenant ${tenantId}, assumed through the identity pool`,
    });
    const group = pool.addGroup({
      name: tenantGroupName(tenantId),
      description: `Users of tenant ${tenantId}`,
      role,
    });
    tenants[tenantId] = { group, role };
  }
  return tenants;
}

/** The group of a tenant: `tenant-<id>`. */
export function tenantGroupName(tenantId: string): string {
  return `${TENANT_GROUP_PREFIX}${tenantId}`;
}
