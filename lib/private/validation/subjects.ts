import * as cognito from 'aws-cdk-lib/aws-cognito';
import { EnterpriseAppClientOptions } from '../../enterprise-user-pool/app-client-options';
import { EnterpriseUserPoolProps } from '../../enterprise-user-pool/enterprise-user-pool-props';
import { HostedDomainOptions } from '../../enterprise-user-pool/hosted-domain-options';
import { PoolGroupOptions } from '../../enterprise-user-pool/pool-group-options';

/** A user pool's settings after defaults are merged, with the facts rules need about them. */
export interface PoolSubject {
  readonly props: EnterpriseUserPoolProps;
  /** Whether email goes through Amazon SES (the `DEVELOPER` sending account). */
  readonly emailThroughSes: boolean;
  readonly stackName: string;
}

/** An app client's settings after defaults are merged. */
export interface ClientSubject {
  readonly options: EnterpriseAppClientOptions;
  readonly oAuthEnabled: boolean;
  /** The pool's feature plan, when known. */
  readonly featurePlan?: cognito.FeaturePlan;
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

/** A resource server of the pool, as its template declares it. */
export interface ResourceServerSubject {
  readonly identifier: string;
  readonly name: string;
  readonly scopes: ReadonlyArray<{ readonly scopeName: string; readonly scopeDescription: string }>;
}

/** An app client's settings and the resource servers its pool has by synth time. */
export interface ClientScopesSubject {
  readonly options: EnterpriseAppClientOptions;
  /** Undefined when a resource server's identifier or scopes are only known at deploy time. */
  readonly resourceServers?: ReadonlyArray<ResourceServerSubject>;
}

/** The identity pool a scenario construct creates. */
export interface IdentityPoolSubject {
  readonly identityPoolName?: string;
}
