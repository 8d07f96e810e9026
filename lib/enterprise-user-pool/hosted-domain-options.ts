import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cognito from 'aws-cdk-lib/aws-cognito';

/**
 * The pool's hosted sign-in domain (managed login or the classic hosted UI): either a Cognito
 * prefix domain or a custom domain with an ACM certificate in us-east-1. Give exactly one.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-assign-domain.html
 */
export interface HostedDomainOptions {
  /**
   * Prefix of a Cognito domain, `<prefix>.auth.<region>.amazoncognito.com`. Globally unique,
   * lowercase letters, digits and hyphens, and may not contain `aws`, `amazon` or `cognito`.
   * @default - no prefix domain
   */
  readonly cognitoDomainPrefix?: string;

  /**
   * A custom domain name such as `auth.example.com`.
   * @default - no custom domain
   */
  readonly customDomainName?: string;

  /**
   * The ACM certificate for the custom domain. It must live in us-east-1.
   * @default - required with `customDomainName`
   */
  readonly certificate?: acm.ICertificate;

  /**
   * Which sign-in pages the domain serves. Managed login (version 2) is the current pages and the
   * only one that supports passkeys; a default branding style is created for every OAuth client.
   * @default cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN
   */
  readonly managedLoginVersion?: cognito.ManagedLoginVersion;
}
