import { SaasAuthSystemProps } from './saas-auth-system-props';
import { EnterpriseUserPoolProps } from '../enterprise-user-pool/enterprise-user-pool-props';

/** What the SaaS rules check: the props as given and the pool props after the SaaS defaults. */
export interface SaasSubject {
  readonly props: SaasAuthSystemProps;
  readonly poolProps: EnterpriseUserPoolProps;
}
