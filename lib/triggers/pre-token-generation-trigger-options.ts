/**
 * Settings for the bundled pre token generation trigger. It adds `tenant_id`,
 * `subscription_tier` and `roles` (the user's groups) claims, and with the V2 event also the
 * access-token claims and scopes.
 */
export interface PreTokenGenerationTriggerOptions {
  /**
   * User attribute copied into the `tenant_id` claim.
   *
   * @default 'custom:tenant_id'
   */
  readonly tenantAttribute?: string;

  /**
   * User attribute copied into the `subscription_tier` claim.
   *
   * @default 'custom:tier'
   */
  readonly tierAttribute?: string;

  /**
   * Further claims, by claim name, copied from the named user attribute. Reserved claims
   * (`sub`, `iss`, `aud`, `exp`, `iat`, `token_use`, `cognito:*` and the like) are refused.
   *
   * @default - none
   */
  readonly claimMapping?: { [claim: string]: string };

  /**
   * Scopes added to every access token (V2 event only).
   *
   * @default - none
   */
  readonly accessTokenScopes?: string[];
}
