import { Token } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { PoolSchema } from './pool-schema';
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

/** An identity provider registered on a pool, as its CloudFormation resource declares it. */
export interface IdentityProviderSubject {
  readonly name: string;
  /** `SAML`, `OIDC`, `Google`, `Facebook`, `SignInWithApple` or `LoginWithAmazon`. */
  readonly type: string;
  /** IdP attribute by pool attribute (Cognito spelling: `email`, `custom:department`). */
  readonly attributeMapping: { readonly [poolAttribute: string]: string };
  /** The provider details that are known at synth (tokens left out). */
  readonly details: { readonly [key: string]: string };
  readonly schema: PoolSchema;
}

/**
 * An app client as its CloudFormation resource declares it, with what its pool has once every
 * client and provider is known. Lists hold only values known at synth.
 */
export interface PoolClientSubject {
  /** The identity providers the client signs users in through. */
  readonly supportedIdentityProviders: string[];
  /** Attributes the client may read; undefined means Cognito's default (every attribute). */
  readonly readAttributes?: string[];
  /** Attributes the client may write; undefined means Cognito's default (the standard attributes). */
  readonly writeAttributes?: string[];
  readonly selfSignUpEnabled: boolean;
  readonly schema: PoolSchema;
  /** Every identity provider registered on the pool. */
  readonly providers: IdentityProviderSubject[];
}

/**
 * True when the plan is ESSENTIALS or PLUS, the plans with the newer features, or a token: a plan
 * chosen at deploy time may be either, so rules that need those plans skip it.
 */
export function isEssentialsOrPlus(plan: cognito.FeaturePlan | undefined): boolean {
  return plan === cognito.FeaturePlan.ESSENTIALS || plan === cognito.FeaturePlan.PLUS || (plan !== undefined && Token.isUnresolved(plan));
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

/** What the token endpoint rule needs to know about a pool. */
export interface TokenEndpointSubject {
  /** The pool's clients that use the client-credentials grant. */
  readonly clientNames: string[];
  /** Whether a domain of the pool is declared anywhere in the app. */
  readonly hasDomain: boolean;
}

/** The identity pool a scenario construct creates. */
export interface IdentityPoolSubject {
  readonly identityPoolName?: string;
}
