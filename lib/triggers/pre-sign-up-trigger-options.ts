/**
 * Settings for the bundled pre sign-up trigger.
 */
export interface PreSignUpTriggerOptions {
  /**
   * Only these email domains (and their subdomains) may sign up.
   *
   * @default - every domain that is not blocked
   */
  readonly allowedDomains?: string[];

  /**
   * These email domains (and their subdomains) may never sign up.
   *
   * @default - none
   */
  readonly blockedDomains?: string[];

  /**
   * Users from these email domains (and their subdomains) are confirmed and their email marked
   * verified without a code. Only list domains whose mailboxes you control: the address itself
   * is not proven.
   *
   * @default - none: every user confirms with a code
   */
  readonly trustedDomains?: string[];

  /**
   * User attributes that must be present and non-empty, e.g. `given_name` or `custom:tenant_id`.
   *
   * @default - none
   */
  readonly requiredAttributes?: string[];

  /**
   * Reject sign-ups through external identity providers (social, SAML, OIDC).
   *
   * @default false
   */
  readonly blockExternalProviders?: boolean;
}
