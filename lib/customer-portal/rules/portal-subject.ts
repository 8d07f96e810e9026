import { CustomerPortalProps } from '../customer-portal-props';

/** A customer portal's props with the facts its rules need about the pool. */
export interface PortalSubject {
  readonly props: CustomerPortalProps;
  /** Custom attributes (without `custom:`) that no app client may write. */
  readonly adminOnlyAttributes: string[];
}
