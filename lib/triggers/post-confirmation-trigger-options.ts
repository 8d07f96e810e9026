/**
 * Settings for the bundled post confirmation trigger.
 */
export interface PostConfirmationTriggerOptions {
  /**
   * Group every confirmed user joins. The group must exist in the pool.
   *
   * @default - no default group
   */
  readonly defaultGroup?: string;

  /**
   * User attribute that carries the user's tenant id. Make it read-only for app clients, or users
   * could choose their own tenant group.
   *
   * @default 'custom:tenant_id'
   */
  readonly tenantAttribute?: string;

  /**
   * Name of the tenant group a user with a tenant id joins; `{tenantId}` is replaced with the id,
   * e.g. `tenant-{tenantId}`. The groups must exist in the pool.
   *
   * @default - no tenant group
   */
  readonly tenantGroupTemplate?: string;

  /**
   * Also act after a forgotten-password confirmation, not only after sign-up confirmation.
   *
   * @default false
   */
  readonly includeForgotPasswordConfirmation?: boolean;
}
