import * as cognito from 'aws-cdk-lib/aws-cognito';
import { EnterpriseAppClientOptions } from './app-client-options';
import { HostedDomainOptions } from './hosted-domain-options';
import { PasswordlessOptions } from './passwordless-options';
import { PoolGroupOptions } from './pool-group-options';
import { PoolOutputsOptions } from './pool-outputs-options';
import { MachineClientOptions } from '../api-access/machine-client-options';
import { ResourceServerOptions } from '../api-access/resource-server-options';
import { BundledTriggersOptions } from '../triggers/bundled-triggers-options';

/**
 * Properties of an EnterpriseUserPool: every `cognito.UserPoolProps` setting, with hardened
 * defaults (see `ENTERPRISE_POOL_DEFAULTS` and the README), plus the clients, groups, domain,
 * triggers and outputs that make a pool usable.
 *
 * Settings objects you pass (password policy, MFA factors, messages) are merged over the
 * defaults, so `{ passwordPolicy: { minLength: 16 } }` keeps the other password rules; choices
 * (sign-in aliases, auto-verified attributes, account recovery) and the attribute schema
 * (`standardAttributes`, `customAttributes`) replace them. `removalPolicy: RemovalPolicy.DESTROY`
 * turns the default deletion protection off.
 */
export interface EnterpriseUserPoolProps extends cognito.UserPoolProps {
  /**
   * App clients to create, each with the enterprise client defaults.
   * @default - no clients; add them later with `addAppClient()`
   */
  readonly appClients?: EnterpriseAppClientOptions[];

  /**
   * User groups to create.
   * @default - no groups
   */
  readonly groups?: PoolGroupOptions[];

  /**
   * The hosted sign-in domain.
   * @default - no domain
   */
  readonly domain?: HostedDomainOptions;

  /**
   * Native passwordless sign-in (passkeys, email or SMS one-time codes).
   * @default - passwords only
   */
  readonly passwordless?: PasswordlessOptions;

  /**
   * Bundled Lambda triggers to turn on, with their options. Your own functions go in
   * `lambdaTriggers` as with any user pool.
   * @default - no bundled triggers
   */
  readonly triggers?: BundledTriggersOptions;

  /**
   * Custom attributes that no app client may write by default, so only administrators with IAM
   * access can set them. Write `tenant_id` or `custom:tenant_id`; each must name one of the pool's
   * custom attributes (standard attributes are restricted with a client's `writeAttributes`).
   * @default - every immutable custom attribute, such as `employee_id`
   */
  readonly adminOnlyAttributes?: string[];

  /**
   * Which identifiers to publish as outputs and SSM parameters.
   * @default - CloudFormation outputs without exports or parameters
   */
  readonly outputs?: PoolOutputsOptions;

  /**
   * Tags applied to the pool and every resource this construct creates, in addition to
   * `ManagedBy: cdk-cognito-enterprise` (a `ManagedBy` given here replaces its value).
   * @default - only `ManagedBy: cdk-cognito-enterprise`
   */
  readonly tags?: { [key: string]: string };

  /**
   * Resource servers (APIs) to create, whose scopes clients may ask for as
   * `<identifier>/<scopeName>`.
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html
   * @default - no resource servers; add them later with `addResourceServer()`
   */
  readonly resourceServers?: ResourceServerOptions[];

  /**
   * Machine-to-machine clients to create: client credentials with a generated secret,
   * resource-server scopes only and 15-minute access tokens. They need `domain`.
   * @default - no machine clients; add them later with `addMachineClient()`
   */
  readonly machineClients?: MachineClientOptions[];
}
