import * as cognito from 'aws-cdk-lib/aws-cognito';
import { EnterpriseAppClientOptions } from '../../enterprise-user-pool/app-client-options';
import { EnterpriseUserPoolProps } from '../../enterprise-user-pool/enterprise-user-pool-props';
import { HostedDomainOptions } from '../../enterprise-user-pool/hosted-domain-options';
import { PoolGroupOptions } from '../../enterprise-user-pool/pool-group-options';

/** A user pool's settings after defaults are merged, with the facts rules need about them. */
export interface PoolSubject {
  readonly props: EnterpriseUserPoolProps;
  /** The props as the user gave them, for rules that explain a default chosen for them. */
  readonly given?: EnterpriseUserPoolProps;
  /** Whether email goes through Amazon SES (the `DEVELOPER` sending account). */
  readonly emailThroughSes: boolean;
  readonly stackName: string;
}

/** An app client's settings after defaults are merged. */
export interface ClientSubject {
  readonly options: EnterpriseAppClientOptions;
  /** The options as the user gave them, for rules on what was asked for explicitly. */
  readonly given?: EnterpriseAppClientOptions;
  readonly oAuthEnabled: boolean;
}

/** The hosted domain's settings and the region of the stack it deploys to. */
export interface DomainSubject {
  readonly options: HostedDomainOptions;
}

/** A group's settings. */
export interface GroupSubject {
  readonly options: PoolGroupOptions;
}

/** True when the plan is ESSENTIALS or PLUS, the plans with the newer features. */
export function isEssentialsOrPlus(plan: cognito.FeaturePlan | undefined): boolean {
  return plan === cognito.FeaturePlan.ESSENTIALS || plan === cognito.FeaturePlan.PLUS;
}
