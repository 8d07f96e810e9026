import { Aspects } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { EnterpriseAppClientOptions } from './app-client-options';
import { ClientsAfterTheirProviders } from './clients-after-their-providers';
import { DEFAULT_MANAGED_LOGIN_VERSION } from './defaults';
import { EnterpriseUserPoolProps } from './enterprise-user-pool-props';
import { federationProblems, mappedAttributesOf, providerNamesOf } from './federation-checks';
import { groupNameProblems } from './group-name-checks';
import { HostedDomainOptions } from './hosted-domain-options';
import { ENTERPRISE_APP_CLIENT_SHAPE, ENTERPRISE_USER_POOL_SHAPE, POOL_GROUP_SHAPE } from './input-shapes';
import { outputKey } from './output-key';
import { checkClient, checkGroup, planPool } from './plan-pool';
import { PoolGroupOptions } from './pool-group-options';
import { PoolOutputs } from './pool-outputs';
import { ClientPoolContext, isOAuthEnabled, toUserPoolClientOptions } from './resolve-client-options';
import { resourceServerProblems } from './resource-server-checks';
import { triggerWiringProblems } from './trigger-wiring-checks';
import { tagResources } from '../private/resource-tags';
import { checkInputShape } from '../private/validation/input-shape';
import { poolSchema } from '../private/validation/pool-schema';
import { ViolationCollector } from '../private/validation/violation-collector';
import { EnterpriseTriggers } from '../triggers/enterprise-triggers';

/**
 * A hardened Amazon Cognito user pool: strong password policy with reuse prevention, required
 * TOTP MFA, threat protection on the PLUS plan, case-insensitive sign-in with an email alias,
 * verified-email recovery, device tracking, deletion protection and RETAIN, and app clients that
 * use the authorization code flow only. Every decision is overridable and every input that
 * Cognito would reject at deploy time is rejected at synth.
 *
 * @example
 * new EnterpriseUserPool(this, 'Users', {
 *   appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/callback'] }],
 *   domain: { cognitoDomainPrefix: 'example-corp-users' },
 * });
 */
export class EnterpriseUserPool extends Construct {
  /** The underlying L2 user pool. */
  public readonly userPool: cognito.UserPool;
  /** The feature plan the pool runs on. */
  public readonly featurePlan: cognito.FeaturePlan;
  /** App clients by name. */
  public readonly appClients: { [name: string]: cognito.UserPoolClient } = {};
  /** Groups by name. */
  public readonly groups: { [name: string]: cognito.UserPoolGroup } = {};
  /** The hosted domain, when one was asked for. */
  public readonly domain?: cognito.UserPoolDomain;
  /** The bundled triggers, when any were turned on. */
  public readonly triggers?: EnterpriseTriggers;

  private readonly props: EnterpriseUserPoolProps;
  private readonly clientContext: ClientPoolContext;
  private readonly outputs: PoolOutputs;
  private readonly resolvedClients: EnterpriseAppClientOptions[] = [];

  constructor(scope: Construct, id: string, props: EnterpriseUserPoolProps = {}) {
    super(scope, id);
    // Every mistake in the props — pool, groups, domain, clients, shapes — fails in one error.
    const validation = new ViolationCollector();
    checkInputShape(validation, this.node.path, props, ENTERPRISE_USER_POOL_SHAPE);
    const plan = validation.guard(() => planPool(this, this.node.path, props, validation));
    validation.finish(this);
    this.props = plan.props;
    this.clientContext = plan.clientContext;
    this.featurePlan = this.props.featurePlan!;

    const { appClients, groups, domain, passwordless, triggers, adminOnlyAttributes, outputs, tags, ...userPoolProps } = this.props;
    this.userPool = new cognito.UserPool(this, 'UserPool', userPoolProps);
    const passkeys = userPoolProps.signInPolicy?.allowedFirstAuthFactors?.passkey === true;
    if (passkeys && userPoolProps.mfa === cognito.Mfa.REQUIRED) {
      // Required MFA admits passkeys only as a multi-factor credential: possession plus user verification.
      (this.userPool.node.defaultChild as cognito.CfnUserPool).webAuthnFactorConfiguration = 'MULTI_FACTOR_WITH_USER_VERIFICATION';
    }

    this.outputs = new PoolOutputs(this, 'Outputs', outputs ?? {});
    this.publish('UserPoolId', 'user-pool-id', 'User pool id', this.userPool.userPoolId);
    this.publish('UserPoolArn', 'user-pool-arn', 'User pool ARN', this.userPool.userPoolArn);
    this.publish('UserPoolProviderUrl', 'user-pool-provider-url', 'Issuer URL of the pool\'s tokens', this.userPool.userPoolProviderUrl);

    for (const group of groups ?? []) {
      this.createGroup(group);
    }
    if (domain) {
      this.domain = this.createDomain(domain);
    }
    for (const client of plan.clients) {
      this.createClient(client);
    }
    // Resource servers may be added to the pool later: check them and the client scopes at synth.
    const createdClients = () => this.resolvedClients.map((options) => ({ scope: this.appClients[options.name], options }));
    this.node.addValidation({ validate: () => resourceServerProblems(this.userPool, createdClients()) });
    // Groups may also be added to the underlying pool directly: their names must stay distinct.
    this.node.addValidation({ validate: () => groupNameProblems(this.userPool) });
    if (triggers) {
      this.triggers = new EnterpriseTriggers(this, 'Triggers', {
        ...triggers,
        userPool: this.userPool,
        featurePlan: this.featurePlan,
      });
      // Clients and groups may still be added after construction: check what the triggers need at synth.
      this.node.addValidation({
        validate: () => triggerWiringProblems({
          path: this.node.path,
          triggers,
          groupNames: Object.keys(this.groups),
          clients: this.resolvedClients,
        }),
      });
    }
    // Providers and clients may be added in any order: check how they fit together at synth.
    const federationFacts = { schema: poolSchema(this.props), selfSignUpEnabled: this.props.selfSignUpEnabled === true };
    this.node.addValidation({ validate: () => federationProblems(this.userPool, federationFacts) });
    Aspects.of(this).add(new ClientsAfterTheirProviders(this.userPool));
    tagResources(this, tags);
  }

  /**
   * Adds an app client with the enterprise client defaults and publishes its id. Its options are
   * checked at once, and every broken rule is reported in one error.
   */
  public addAppClient(options: EnterpriseAppClientOptions): cognito.UserPoolClient {
    const validation = new ViolationCollector();
    const prefix = `addAppClient(${JSON.stringify(String(options?.name))}).`;
    checkInputShape(validation, this.node.path, options, ENTERPRISE_APP_CLIENT_SHAPE, prefix);
    const context = {
      ...this.clientContext,
      mappedAttributes: mappedAttributesOf(this.userPool, options?.supportedIdentityProviders?.map(({ name }) => name)
        // Without a list the client supports COGNITO and every provider registered so far.
        ?? providerNamesOf(this.userPool)),
    };
    const resolved = validation.guard(() => checkClient(
      this.node.path, validation, options, context, prefix, this.resolvedClients.map(({ name }) => name),
    ));
    validation.finish(this);
    return this.createClient(resolved);
  }

  /**
   * Adds a user group, optionally with an IAM role for its members. Its options are checked at
   * once, and every broken rule is reported in one error.
   */
  public addGroup(options: PoolGroupOptions): cognito.UserPoolGroup {
    const validation = new ViolationCollector();
    const prefix = `addGroup(${JSON.stringify(String(options?.name))}).`;
    checkInputShape(validation, this.node.path, options, POOL_GROUP_SHAPE, prefix);
    validation.guard(() => checkGroup(this.node.path, validation, options, prefix, Object.keys(this.groups)));
    validation.finish(this);
    return this.createGroup(options);
  }

  /** The base URL of the hosted sign-in pages, when the pool has a domain. */
  public get hostedUiBaseUrl(): string | undefined {
    return this.domain?.baseUrl();
  }

  private get managedLoginVersion(): cognito.ManagedLoginVersion {
    return this.props.domain?.managedLoginVersion ?? DEFAULT_MANAGED_LOGIN_VERSION;
  }

  private createClient(resolved: EnterpriseAppClientOptions): cognito.UserPoolClient {
    const client = this.userPool.addClient(resolved.name, toUserPoolClientOptions(resolved));
    this.appClients[resolved.name] = client;
    this.resolvedClients.push(resolved);
    const key = outputKey(resolved.name);
    this.publish(`${key}ClientId`, `clients/${resolved.name}/id`, `App client id of ${resolved.name}`, client.userPoolClientId);
    if (isOAuthEnabled(resolved) && this.domain && this.managedLoginVersion === cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN) {
      // Managed login pages render only for clients that have a branding style.
      new cognito.CfnManagedLoginBranding(this, `${key}Branding`, {
        userPoolId: this.userPool.userPoolId,
        clientId: client.userPoolClientId,
        useCognitoProvidedValues: true,
      });
    }
    return client;
  }

  private createGroup(options: PoolGroupOptions): cognito.UserPoolGroup {
    // The name itself keeps ids distinct: `tenant-a.b` and `tenant-a_b` must not collide.
    const group = this.userPool.addGroup(`Group-${options.name.replace(/\//g, '%2F')}`, {
      groupName: options.name,
      description: options.description,
      precedence: options.precedence,
      role: options.role,
    });
    this.groups[options.name] = group;
    return group;
  }

  private createDomain(options: HostedDomainOptions): cognito.UserPoolDomain {
    const domain = this.userPool.addDomain('Domain', {
      cognitoDomain: options.cognitoDomainPrefix ? { domainPrefix: options.cognitoDomainPrefix } : undefined,
      customDomain: options.customDomainName ? { domainName: options.customDomainName, certificate: options.certificate! } : undefined,
      managedLoginVersion: options.managedLoginVersion ?? DEFAULT_MANAGED_LOGIN_VERSION,
    });
    this.publish('HostedUiBaseUrl', 'hosted-ui-base-url', 'Base URL of the hosted sign-in pages', domain.baseUrl());
    return domain;
  }

  private publish(key: string, parameterName: string, description: string, value: string): void {
    this.outputs.publish({ key, parameterName, description, value });
  }
}
