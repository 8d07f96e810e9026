/**
 * IAM policy variables that Cognito identity pools fill in for the caller, so one policy can
 * scope every signed-in user to their own data.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html
 */
export class IdentityPolicyVariables {
  /** The caller's identity id in the identity pool (not the user pool `sub`). */
  public static readonly IDENTITY_ID = '${cognito-identity.amazonaws.com:sub}';

  /** The principal tag holding the caller's tenant id. */
  public static readonly TENANT_ID_TAG = 'tenant_id';

  /** The principal tag holding the caller's subscription tier. */
  public static readonly SUBSCRIPTION_TIER_TAG = 'subscription_tier';

  /**
   * The policy variable of a principal tag, for example `${aws:PrincipalTag/tenant_id}`.
   * @param key the tag key
   */
  public static principalTag(key: string): string {
    return `\${aws:PrincipalTag/${key}}`;
  }

  /** The condition key of a principal tag, for example `aws:PrincipalTag/tenant_id`. */
  public static principalTagConditionKey(key: string): string {
    return `aws:PrincipalTag/${key}`;
  }

  private constructor() {}
}
