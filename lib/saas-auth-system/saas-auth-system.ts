import { Lazy, Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { IdentityPool, IdentityPoolProviderUrl, IdentityPoolRoleMapping } from 'aws-cdk-lib/aws-cognito-identitypool';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { SAAS_CLIENT_DEFAULTS, SAAS_IDENTITY_POOL_DEFAULTS, SAAS_PRINCIPAL_TAGS, TENANT_ID_FORMAT } from './defaults';
import { SAAS_AUTH_SYSTEM_SHAPE } from './input-shapes';
import { resolveSaasPoolProps } from './resolve-saas-props';
import { SAAS_RULES } from './rules';
import { SaasAuthSystemProps } from './saas-auth-system-props';
import { addTenantGroups, tenantGroupName } from './tenant-groups';
import { EnterpriseUserPool } from '../enterprise-user-pool/enterprise-user-pool';
import { EnterpriseUserPoolProps } from '../enterprise-user-pool/enterprise-user-pool-props';
import { planPool } from '../enterprise-user-pool/plan-pool';
import { handOverPlan, laterEntriesPass, planPoolAhead } from '../enterprise-user-pool/planned-pool';
import { PoolOutputs } from '../enterprise-user-pool/pool-outputs';
import { DynamoDbItemAccessOptions, S3PrefixAccessOptions } from '../identity/data-access-options';
import { DataOwner, IDENTITY_OWNER, TENANT_OWNER } from '../identity/data-owner';
import { dynamoDbOwnerStatements } from '../identity/dynamodb-owner-statements';
import { IdentityKind, identityPoolPrincipal } from '../identity/identity-pool-principal';
import { acknowledgeOwnerScopedWildcards } from '../identity/owner-scoped-wildcards';
import { mapPrincipalTags } from '../identity/principal-tag-mapping';
import { s3OwnerStatements } from '../identity/s3-owner-statements';
import { UserPoolClientLogin } from '../identity/user-pool-client-login';
import { tagResources } from '../private/resource-tags';
import { IDENTITY_POOL_RULES } from '../private/validation/catalogue';
import { checkInputShape } from '../private/validation/input-shape';
import { ViolationCollector } from '../private/validation/violation-collector';

/**
 * Multi-tenant SaaS authentication in one construct: an EnterpriseUserPool with self sign-up,
 * optional TOTP MFA and the tenant and tier attributes; a confidential web client and a public
 * mobile client; and an identity pool for signed-in users only, whose credentials carry the
 * user's `tenant_id` and `subscription_tier` as principal tags.
 *
 * Tenants are data, not infrastructure: grant the authenticated role access scoped by the
 * caller's identity id (`grantUser*`) or tenant tag (`grantTenant*`) and the template stays the
 * same for ten tenants or a hundred thousand. A short list of tenants can also get groups with
 * roles of their own (`tenantGroups`).
 *
 * @exampleMetadata fixture=construct
 * @example
 * const auth = new SaasAuthSystem(this, 'Auth', {
 *   callbackUrls: ['https://app.example.com/callback'],
 *   logoutUrls: ['https://app.example.com/'],
 * });
 * auth.grantTenantDynamoDbItems(table);
 */
export class SaasAuthSystem extends Construct {
  /** The user pool construct, with every EnterpriseUserPool method. */
  public readonly pool: EnterpriseUserPool;
  /** The underlying L2 user pool. */
  public readonly userPool: cognito.UserPool;
  /** The confidential web client (with a secret, authorization code flow). */
  public readonly webClient: cognito.UserPoolClient;
  /** The public mobile client (no secret, SRP and refresh tokens). */
  public readonly mobileClient: cognito.UserPoolClient;
  /** The identity pool that exchanges the clients' tokens for AWS credentials. */
  public readonly identityPool: IdentityPool;
  /** The role of signed-in users; trusts only authenticated identities and allows session tags. */
  public readonly authenticatedRole: iam.Role;
  /**
   * The identity pool's unauthenticated role. With guest access it is `guestRole`; without, it
   * is the role the identity pool construct always creates, left without any permission — the
   * pool refuses unauthenticated identities, so nobody can assume it.
   */
  public readonly unauthenticatedRole: iam.IRole;
  /** The guests' role, when guest access is on. */
  public readonly guestRole?: iam.Role;
  /** The mapping of token claims to principal tags (`tenant_id`, `subscription_tier`). */
  public readonly principalTags: cognito.CfnIdentityPoolPrincipalTag;
  /** Tenant groups by tenant id. */
  public readonly tenantGroups: { [tenantId: string]: cognito.UserPoolGroup } = {};
  /** Tenant group roles by tenant id. */
  public readonly tenantRoles: { [tenantId: string]: iam.Role } = {};

  private dataAccess?: iam.ManagedPolicy;

  constructor(scope: Construct, id: string, props: SaasAuthSystemProps) {
    super(scope, id);
    // The construct's own rules and its pool's fail together, in one error.
    const validation = new ViolationCollector();
    checkInputShape(validation, this.node.path, props, SAAS_AUTH_SYSTEM_SHAPE);
    const poolProps = validation.guard(() => this.validate(props, validation));
    validation.finish(this);

    this.pool = new EnterpriseUserPool(this, 'Pool', poolProps);
    this.userPool = this.pool.userPool;
    this.webClient = this.pool.appClients[props.webClientName ?? SAAS_CLIENT_DEFAULTS.webClientName];
    this.mobileClient = this.pool.appClients[props.mobileClientName ?? SAAS_CLIENT_DEFAULTS.mobileClientName];

    // The roles' trust names the identity pool, which takes the roles as props: read its id lazily.
    // CloudFormation sees no cycle, since the role attachment is a resource of its own.
    const identityPoolId = Lazy.string({ produce: () => this.identityPool.identityPoolId });
    this.authenticatedRole = new iam.Role(this, 'AuthenticatedRole', {
      assumedBy: identityPoolPrincipal(identityPoolId, IdentityKind.AUTHENTICATED, true),
      description: 'Signed-in users, scoped to their own and their tenant\'s data by identity id and principal tags',
    });
    const allowGuestAccess = props.allowGuestAccess ?? SAAS_IDENTITY_POOL_DEFAULTS.allowGuestAccess;
    if (allowGuestAccess) {
      this.guestRole = this.createGuestRole(identityPoolId, props.guestPolicyStatements ?? []);
    }
    const tenantIds = props.tenantGroups ?? [];
    this.identityPool = new IdentityPool(this, 'IdentityPool', {
      identityPoolName: props.identityPoolName,
      allowUnauthenticatedIdentities: allowGuestAccess,
      allowClassicFlow: SAAS_IDENTITY_POOL_DEFAULTS.allowClassicFlow,
      authenticatedRole: this.authenticatedRole,
      unauthenticatedRole: this.guestRole,
      authenticationProviders: {
        userPools: [this.webClient, this.mobileClient].map((client) => new UserPoolClientLogin(this.userPool, client)),
      },
      roleMappings: tenantIds.length > 0 ? this.tokenRoleMappings() : undefined,
    });
    this.unauthenticatedRole = this.identityPool.unauthenticatedRole;
    if (allowGuestAccess) {
      Validations.of(this.identityPool).acknowledge({
        id: 'AwsSolutions-COG7',
        reason: 'Guest access was asked for with allowGuestAccess, and guests receive only the guestPolicyStatements given with it.',
      });
    }
    this.principalTags = mapPrincipalTags(this, 'PrincipalTags', this.identityPool, this.userPool, SAAS_PRINCIPAL_TAGS);

    for (const [tenantId, tenant] of Object.entries(addTenantGroups(this, this.pool, this.identityPool.identityPoolId, tenantIds))) {
      this.tenantGroups[tenantId] = tenant.group;
      this.tenantRoles[tenantId] = tenant.role;
    }

    new PoolOutputs(this, 'Outputs', props.outputs ?? {}).publish({
      key: 'IdentityPoolId',
      parameterName: 'identity-pool-id',
      description: 'Identity pool id',
      value: this.identityPool.identityPoolId,
    });
    tagResources(this, poolProps.tags);
  }

  /**
   * The managed policy that holds every `grant*` statement, attached to the authenticated role and
   * every tenant group role; created by the first grant.
   */
  public get dataAccessPolicy(): iam.ManagedPolicy | undefined {
    return this.dataAccess;
  }

  /**
   * Lets each signed-in user use only the objects under `<prefix><identity id>/`.
   * @param bucket the bucket
   * @param options prefix and read-only
   * @returns the statements added
   */
  public grantUserS3Objects(bucket: s3.IBucket, options: S3PrefixAccessOptions = {}): iam.PolicyStatement[] {
    return this.addDataAccess(s3OwnerStatements(bucket, IDENTITY_OWNER, options, `${this.node.path}: grantUserS3Objects`), IDENTITY_OWNER);
  }

  /**
   * Lets each signed-in user use only the objects under `<prefix><tenant id>/` of their tenant.
   * @param bucket the bucket
   * @param options prefix and read-only
   * @returns the statements added
   */
  public grantTenantS3Objects(bucket: s3.IBucket, options: S3PrefixAccessOptions = {}): iam.PolicyStatement[] {
    return this.addDataAccess(s3OwnerStatements(bucket, TENANT_OWNER, options, `${this.node.path}: grantTenantS3Objects`), TENANT_OWNER);
  }

  /**
   * Lets each signed-in user use only the items whose partition key is their identity id.
   * @param table the table
   * @param options read-only
   * @returns the statements added
   */
  public grantUserDynamoDbItems(table: dynamodb.ITable, options: DynamoDbItemAccessOptions = {}): iam.PolicyStatement[] {
    return this.addDataAccess(dynamoDbOwnerStatements(table, IDENTITY_OWNER, options), IDENTITY_OWNER);
  }

  /**
   * Lets each signed-in user use only the items whose partition key is their tenant id.
   * @param table the table
   * @param options read-only
   * @returns the statements added
   */
  public grantTenantDynamoDbItems(table: dynamodb.ITable, options: DynamoDbItemAccessOptions = {}): iam.PolicyStatement[] {
    return this.addDataAccess(dynamoDbOwnerStatements(table, TENANT_OWNER, options), TENANT_OWNER);
  }

  /** Resolves the pool props and runs this construct's rules and its pool's, tenant groups included. */
  private validate(props: SaasAuthSystemProps, validation: ViolationCollector): EnterpriseUserPoolProps {
    const poolProps = resolveSaasPoolProps(props);
    validation.check(this.node.path, SAAS_RULES, { props, poolProps });
    validation.check(this.node.path, IDENTITY_POOL_RULES, { identityPoolName: props.identityPoolName });
    const groups = poolProps.groups ?? [];
    // Malformed or repeated tenant ids are CE-SAAS-TENANT-GROUPS' to report, once.
    const tenants = (props.tenantGroups ?? [])
      .map((tenantId, index) => ({ tenantId, index }))
      .filter(({ tenantId }, position, all) => TENANT_ID_FORMAT.test(tenantId) && all.findIndex((other) => other.tenantId === tenantId) === position);
    const planned = planPoolAhead(this, `${this.node.path}/Pool`, poolProps);
    const tenantGroups = tenants.map(({ tenantId, index }) => ({ options: { name: tenantGroupName(tenantId) }, prefix: `tenantGroups[${index}].` }));
    if (planned && laterEntriesPass(planned, [], tenantGroups)) {
      handOverPlan(poolProps, planned);
      return poolProps;
    }
    // Something is wrong: plan the pool with the tenant groups in it, for every message at once.
    const poolCheck = new ViolationCollector();
    planPool(this, `${this.node.path}/Pool`, {
      ...poolProps,
      groups: [...groups, ...tenants.map(({ tenantId }) => ({ name: tenantGroupName(tenantId) }))],
    }, poolCheck, {
      // The web and mobile clients come first, built from this construct's own props.
      clients: ['webClient', 'mobileClient', ...(props.appClients ?? []).map((_, index) => `appClients[${index}]`)],
      groups: [...groups.map((_, index) => `groups[${index}]`), ...tenants.map(({ index }) => `tenantGroups[${index}]`)],
    });
    validation.addErrorsOf(poolCheck);
    return poolProps;
  }

  private addDataAccess(statements: iam.PolicyStatement[], owner: DataOwner): iam.PolicyStatement[] {
    if (!this.dataAccess) {
      this.dataAccess = new iam.ManagedPolicy(this, 'DataAccessPolicy', {
        description: 'Data access of signed-in users, scoped by identity id or tenant_id principal tag',
        roles: [this.authenticatedRole, ...Object.values(this.tenantRoles)],
      });
    }
    statements.forEach((statement) => this.dataAccess!.addStatements(statement));
    acknowledgeOwnerScopedWildcards(this.dataAccess, statements, owner.variable);
    return statements;
  }

  private createGuestRole(identityPoolId: string, statements: iam.PolicyStatement[]): iam.Role {
    const role = new iam.Role(this, 'GuestRole', {
      assumedBy: identityPoolPrincipal(identityPoolId, IdentityKind.UNAUTHENTICATED, false),
      description: 'Guests (unauthenticated identities) of the identity pool',
    });
    new iam.ManagedPolicy(this, 'GuestPolicy', {
      description: 'What guests may do',
      roles: [role],
      statements,
    });
    return role;
  }

  /** Token-based role mapping: a tenant group's role when the user has one, else the authenticated role. */
  private tokenRoleMappings(): IdentityPoolRoleMapping[] {
    const clients = { webClient: this.webClient, mobileClient: this.mobileClient };
    return Object.entries(clients).map(([mappingKey, client]) => ({
      mappingKey,
      providerUrl: IdentityPoolProviderUrl.userPool(this.userPool, client),
      useToken: true,
      resolveAmbiguousRoles: true,
    }));
  }
}
