import { IdentityPolicyVariables as V } from './identity-policy-variables';

/** IAM conditions by operator, then by condition key. */
export type PolicyConditions = { [operator: string]: { [key: string]: unknown } };

/**
 * Whose data a scoped statement covers: the policy variable that names the owner, and the
 * conditions that must hold for the variable to mean anything.
 */
export interface DataOwner {
  readonly variable: string;
  readonly conditions: PolicyConditions;
}

/** The signed-in identity: the identity id is always present, so no guard is needed. */
export const IDENTITY_OWNER: DataOwner = { variable: V.IDENTITY_ID, conditions: {} };

/** The caller's tenant, from the tenant_id principal tag. */
export const TENANT_OWNER: DataOwner = {
  variable: V.principalTag(V.TENANT_ID_TAG),
  // A caller without a tenant id must match nothing, never an empty folder or key.
  conditions: { Null: { [V.principalTagConditionKey(V.TENANT_ID_TAG)]: 'false' } },
};

/** Merges extra conditions into an owner's guard conditions. */
export function withOwnerConditions(owner: DataOwner, extra: PolicyConditions): PolicyConditions {
  const merged: PolicyConditions = { ...extra };
  for (const [operator, entries] of Object.entries(owner.conditions)) {
    merged[operator] = { ...merged[operator], ...entries };
  }
  return merged;
}
