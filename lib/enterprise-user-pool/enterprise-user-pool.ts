import { Aspects } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { EnterpriseAppClientOptions } from './app-client-options';
import { ClientsAfterTheirProviders } from './clients-after-their-providers';
import { DEFAULT_MANAGED_LOGIN_VERSION } from './defaults';
import { EnterpriseUserPoolProps } from './enterprise-user-pool-props';
import { federationProblems, mappedAttributesOf, PoolFederationFacts, providerNamesOf } from './federation-checks';
import { groupNameProblems } from './group-name-checks';
import { HostedDomainOptions } from './hosted-domain-options';
import { ENTERPRISE_APP_CLIENT_SHAPE, ENTERPRISE_USER_POOL_SHAPE, POOL_GROUP_SHAPE } from './input-shapes';
import { outputKey } from './output-key';
import { checkClient, checkGroup, planPool, PoolPlan } from './plan-pool';
import { takePlan } from './planned-pool';
import { PoolGroupOptions } from './pool-group-options';
import { PoolOutputs } from './pool-outputs';
import { ClientPoolContext, isOAuthEnabled, toUserPoolClientOptions } from './resolve-client-options';
import { resourceServerProblems } from './resource-server-checks';
import { triggerWiringProblems } from './trigger-wiring-checks';
import { albAuthenticateAction } from '../api-access/alb-authenticate-action';
import { AlbAuthenticateActionOptions } from '../api-access/alb-authenticate-action-options';
import { appSyncAuthorization } from '../api-access/appsync-authorization';
import { AppSyncAuthorizationOptions } from '../api-access/appsync-authorization-options';
import { checkResourceServer } from '../api-access/check-resource-server';
import { grantReadClientSecrets } from '../api-access/grant-read-client-secrets';
import { httpApiAuthorizer } from '../api-access/http-api-authorizer';
import { HttpApiAuthorizerOptions } from '../api-access/http-api-authorizer-options';
import { MACHINE_CLIENT_SHAPE, RESOURCE_SERVER_SHAPE } from '../api-access/input-shapes';
import { MachineClientOptions } from '../api-access/machine-client-options';
import { machineAppClientOptions, usesClientCredentials } from '../api-access/resolve-machine-client';
import { toResourceServerProps } from '../api-access/resolve-resource-server';
import { ResourceServerOptions } from '../api-access/resource-server-options';
import { restApiAuthorizer } from '../api-access/rest-api-authorizer';
import { RestApiAuthorizerOptions } from '../api-access/rest-api-authorizer-options';
import { restApiMethodOptions } from '../api-access/rest-api-method-options';
import { orderClientAfterServers } from '../api-access/scope-dependencies';
import { tokenEndpointProblems } from '../api-access/token-endpoint-checks';
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
 * @exampleMetadata fixture=construct
 * @example
 * new EnterpriseUserPool(this, 'Users', {
 *   domain: { cognitoDomainPrefix: 'example-corp-users' },
 *   appClients: [{
 *     name: 'web',
 *     callbackUrls: ['https://app.example.com/callback'],
 *     logoutUrls: ['https://app.example.com/'],
 *     oAuthFlows: { authorizationCodeGrant: true },
 *     oAuthScopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL],
 *   }],
 * });
 */
export class EnterpriseUserPool extends Construct {
  /** The underlying L2 user pool. */
  public readonly userPool: cognito.UserPool;
  /** The feature plan the pool runs on. */
  public readonly featurePlan: cognito.FeaturePlan;
  /** App clients by name, machine-to-machine clients included. */
  public readonly appClients: { [name: string]: cognito.UserPoolClient } = {};
  /** Machine-to-machine (client-credentials) clients by name. */
  public readonly machineClients: { [name: string]: cognito.UserPoolClient } = {};
  /** Resource servers created by this construct, by identifier. */
  public readonly resourceServers: { [identifier: string]: cognito.UserPoolResourceServer } = {};
  /** Groups by name. */
  public readonly groups: { [name: string]: cognito.UserPoolGroup } = {};
  /** The hosted domain, when one was asked for. */
  public readonly domain?: cognito.UserPoolDomain;
  /** The bundled triggers, when any were turned on. */
  public readonly triggers?: EnterpriseTriggers;
  /**
   * Each user's last successful sign-in (`sub`, `lastSignInAt` in epoch milliseconds, `username`),
   * when `triggers.lastSignIn` is set; give it to InactiveUserPolicy and UserAnalytics.
   */
  public readonly lastSignInTable?: dynamodb.ITable;

  private readonly props: EnterpriseUserPoolProps;
  private readonly clientContext: ClientPoolContext;
  private readonly outputs: PoolOutputs;
  private readonly resolvedClients: EnterpriseAppClientOptions[] = [];

  constructor(scope: Construct, id: string, props: EnterpriseUserPoolProps = {}) {
    super(scope, id);
    // A scenario construct that already checked these props leaves its plan: they are checked once.
    const handedOver = takePlan(props, this.node.path);
    const { plan, validation } = handedOver ?? this.check(props);
    validation.finish(this);
    this.props = plan.props;
    this.clientContext = plan.clientContext;
    this.featurePlan = this.props.featurePlan!;

    const {
      appClients, groups, domain, passwordless, triggers, adminOnlyAttributes, outputs, tags, resourceServers, machineClients, ...userPoolProps
    } = this.props;
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
    for (const server of resourceServers ?? []) {
      this.createResourceServer(server);
    }
    for (const client of plan.clients) {
      this.createClient(client);
    }
    for (const client of plan.machineClients) {
      this.machineClients[client.name] = this.createClient(client);
    }
    if (triggers) {
      this.triggers = new EnterpriseTriggers(this, 'Triggers', {
        ...triggers,
        userPool: this.userPool,
        featurePlan: this.featurePlan,
      });
      this.lastSignInTable = this.triggers.lastSignInTable;
    }
    const federationFacts = { schema: poolSchema(this.props), selfSignUpEnabled: this.props.selfSignUpEnabled === true };
    this.node.addValidation({ validate: () => this.problemsAtSynth(triggers, federationFacts) });
    // On the L2 pool, whose clients it orders: the rest of the tree has nothing for it to visit.
    Aspects.of(this.userPool).add(new ClientsAfterTheirProviders(this.userPool));
    // A scenario construct that planned this pool tags it along with everything else it creates.
    if (!handedOver) {
      tagResources(this, tags);
    }
  }

  /**
   * What can only be checked once the app is built: clients, groups, resource servers, domains and
   * identity providers may be added to the pool, or beside it, after construction and in any order.
   */
  private problemsAtSynth(triggers: EnterpriseUserPoolProps['triggers'], federationFacts: PoolFederationFacts): string[] {
    // One walk of the app serves every check that looks beyond this construct.
    const everything = this.node.root.node.findAll();
    const createdClients = this.resolvedClients.map((options) => ({ scope: this.appClients[options.name], options }));
    return [
      // Resource servers may be added later: check them and the client scopes.
      ...resourceServerProblems(this.userPool, createdClients, everything),
      ...tokenEndpointProblems(this, this.userPool, this.resolvedClients, everything),
      // Groups may also be added to the underlying pool directly: their names must stay distinct.
      ...groupNameProblems(this.userPool, everything),
      // What the triggers need of the clients and groups.
      ...(triggers
        ? triggerWiringProblems({ path: this.node.path, triggers, groupNames: Object.keys(this.groups), clients: this.resolvedClients })
        : []),
      // How providers and clients fit together.
      ...federationProblems(this.userPool, federationFacts),
    ];
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
   * Adds a machine-to-machine client: client credentials with a generated secret, the given
   * resource-server scopes only, and short access tokens. The pool needs a domain, whose token
   * endpoint the client calls. Only the client id is published; a workload reads the secret at
   * run time (see `grantReadClientSecrets`).
   */
  public addMachineClient(options: MachineClientOptions): cognito.UserPoolClient {
    const validation = new ViolationCollector();
    const prefix = `addMachineClient(${JSON.stringify(String(options?.name))}).`;
    checkInputShape(validation, this.node.path, options, MACHINE_CLIENT_SHAPE, prefix);
    const resolved = validation.guard(() => checkClient(
      this.node.path, validation, machineAppClientOptions(options), this.clientContext, prefix, this.resolvedClients.map(({ name }) => name),
    ));
    validation.finish(this);
    const client = this.createClient(resolved);
    this.machineClients[resolved.name] = client;
    return client;
  }

  /**
   * Adds a resource server (an API) whose scopes clients may ask for as
   * `<identifier>/<scopeName>`. Its options are checked at once, and every broken rule is
   * reported in one error.
   */
  public addResourceServer(options: ResourceServerOptions): cognito.UserPoolResourceServer {
    const validation = new ViolationCollector();
    const prefix = `addResourceServer(${JSON.stringify(String(options?.identifier))}).`;
    checkInputShape(validation, this.node.path, options, RESOURCE_SERVER_SHAPE, prefix);
    validation.guard(() => checkResourceServer(this.node.path, validation, options, prefix, Object.keys(this.resourceServers)));
    validation.finish(this);
    return this.createResourceServer(options);
  }

  /**
   * Lets a workload read client secrets at run time (`cognito-idp:DescribeUserPoolClient` on the
   * pool), so a secret never passes through a template, an output or a parameter. IAM cannot
   * narrow the action to one client: the grantee can read the secret of every client of the pool.
   */
  public grantReadClientSecrets(grantee: iam.IGrantable): iam.Grant {
    return grantReadClientSecrets(this.userPool, grantee);
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

  /** An API Gateway REST API authorizer that accepts this pool's tokens. */
  public restApiAuthorizer(scope: Construct, id: string, options?: RestApiAuthorizerOptions): apigateway.CognitoUserPoolsAuthorizer {
    return restApiAuthorizer(scope, id, this.userPool, options);
  }

  /**
   * Method options that protect a REST API method with `authorizer`; with `scopes`, the method
   * demands an access token that carries one of them (`orders/read`).
   */
  public restApiMethodOptions(authorizer: apigateway.IAuthorizer, scopes?: string[]): apigateway.MethodOptions {
    return restApiMethodOptions(authorizer, scopes);
  }

  /** An API Gateway HTTP API JWT authorizer for this pool; the audience defaults to its app clients. */
  public httpApiAuthorizer(id: string, options?: HttpApiAuthorizerOptions): HttpUserPoolAuthorizer {
    return httpApiAuthorizer(this, id, this.userPool, Object.values(this.appClients), options);
  }

  /**
   * An Application Load Balancer listener action that signs users in with this pool through a
   * confidential client created for it, then runs `options.next`.
   */
  public albAuthenticateAction(scope: Construct, id: string, options: AlbAuthenticateActionOptions): elbv2.ListenerAction {
    return albAuthenticateAction(scope, id, this, options);
  }

  /** An AppSync authorization mode that accepts this pool's tokens. */
  public appSyncAuthorization(options?: AppSyncAuthorizationOptions): appsync.AuthorizationMode {
    return appSyncAuthorization(this.userPool, options);
  }

  /** Every mistake in the props — pool, groups, domain, clients, shapes — fails in one error. */
  private check(props: EnterpriseUserPoolProps): { plan: PoolPlan; validation: ViolationCollector } {
    const validation = new ViolationCollector();
    checkInputShape(validation, this.node.path, props, ENTERPRISE_USER_POOL_SHAPE);
    const plan = validation.guard(() => planPool(this, this.node.path, props, validation));
    return { plan, validation };
  }

  private get managedLoginVersion(): cognito.ManagedLoginVersion {
    return this.props.domain?.managedLoginVersion ?? DEFAULT_MANAGED_LOGIN_VERSION;
  }

  private createClient(resolved: EnterpriseAppClientOptions): cognito.UserPoolClient {
    const client = this.userPool.addClient(resolved.name, toUserPoolClientOptions(resolved));
    this.appClients[resolved.name] = client;
    this.resolvedClients.push(resolved);
    orderClientAfterServers(client, resolved.oAuthScopes ?? [], this.resourceServers);
    const key = outputKey(resolved.name);
    this.publish(`${key}ClientId`, `clients/${resolved.name}/id`, `App client id of ${resolved.name}`, client.userPoolClientId);
    // Machine clients never see a sign-in page, so they need no branding.
    const signInPages = isOAuthEnabled(resolved) && !usesClientCredentials(resolved);
    if (signInPages && this.domain && this.managedLoginVersion === cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN) {
      // Managed login pages render only for clients that have a branding style.
      new cognito.CfnManagedLoginBranding(this, `${key}Branding`, {
        userPoolId: this.userPool.userPoolId,
        clientId: client.userPoolClientId,
        useCognitoProvidedValues: true,
      });
    }
    return client;
  }

  private createResourceServer(options: ResourceServerOptions): cognito.UserPoolResourceServer {
    // The identifier itself keeps ids distinct; a URL's slashes cannot appear in a construct id.
    const id = `ResourceServer-${options.identifier.replace(/\//g, '%2F')}`;
    const server = this.userPool.addResourceServer(id, toResourceServerProps(this.userPool, options));
    this.resourceServers[options.identifier] = server;
    // Clients created earlier that name its scopes must wait for it.
    for (const client of this.resolvedClients) {
      orderClientAfterServers(this.appClients[client.name], client.oAuthScopes ?? [], { [options.identifier]: server });
    }
    return server;
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
