import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as identitypool from 'aws-cdk-lib/aws-cognito-identitypool';
import { Construct } from 'constructs';
import { fitToPool, mergeMappings } from './attribute-mapping';
import { createIdentityPool } from './create-identity-pool';
import { createOidcProvider, createSamlProvider } from './create-providers';
import { BUILT_IN_PROVIDER_NAMES, OIDC_PROVIDER_DEFAULTS, SSO_CLIENT_AUTH_FLOWS } from './defaults';
import { EnterpriseSsoProps } from './enterprise-sso-props';
import { ENTERPRISE_SSO_SHAPE } from './input-shapes';
import { OidcProviderOptions } from './oidc-provider-options';
import { resolveSsoPoolProps } from './resolve-sso-props';
import { SSO_CLIENT_RULES, SSO_IDENTITY_POOL_RULES, SSO_PROVIDER_RULES, SSO_RULES } from './rules';
import { ProviderSubject, SsoClientSubject } from './rules/subjects';
import { SamlProviderOptions } from './saml-provider-options';
import { EnterpriseAppClientOptions } from '../enterprise-user-pool/app-client-options';
import { EnterpriseUserPool } from '../enterprise-user-pool/enterprise-user-pool';
import { ENTERPRISE_APP_CLIENT_SHAPE } from '../enterprise-user-pool/input-shapes';
import { checkClient, planPool } from '../enterprise-user-pool/plan-pool';
import { handOverPlan, laterEntriesPass, planPoolAhead } from '../enterprise-user-pool/planned-pool';
import { PoolOutputs } from '../enterprise-user-pool/pool-outputs';
import { ClientPoolContext, isOAuthEnabled } from '../enterprise-user-pool/resolve-client-options';
import { resolvePoolProps } from '../enterprise-user-pool/resolve-pool-props';
import { tagResources } from '../private/resource-tags';
import { IDENTITY_POOL_RULES } from '../private/validation/catalogue';
import { checkInputShape } from '../private/validation/input-shape';
import { PoolSchema, poolSchema } from '../private/validation/pool-schema';
import { ViolationCollector } from '../private/validation/violation-collector';

/**
 * Workforce single sign-on: an EnterpriseUserPool whose users come from SAML and OIDC identity
 * providers (ADFS, Microsoft Entra ID, Okta, Google Workspace, ...), with a hosted domain, app
 * clients restricted to those providers, attribute-mapping presets, IdP claims in the tokens and,
 * when asked, an identity pool that maps users to IAM roles by token or by rules.
 *
 * The values an IdP administrator needs — the SP entity id and the ACS URL — are published as
 * outputs and exposed as `samlEntityId` and `samlAcsUrl`.
 *
 * @exampleMetadata fixture=construct
 * @example
 * new EnterpriseSso(this, 'Sso', {
 *   domain: { cognitoDomainPrefix: 'example-corp-sso' },
 *   samlProviders: [{
 *     name: 'EnterpriseADFS',
 *     metadataUrl: 'https://adfs.example.com/FederationMetadata/2007-06/FederationMetadata.xml',
 *     preset: SamlAttributeMappingPreset.ADFS,
 *     identifiers: ['example.com'],
 *   }],
 *   appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/callback'] }],
 * });
 */
export class EnterpriseSso extends Construct {
  /** The hardened user pool construct this SSO system is built on. */
  public readonly pool: EnterpriseUserPool;
  /** The underlying L2 user pool. */
  public readonly userPool: cognito.UserPool;
  /** The hosted domain that receives SAML responses and OIDC redirects. */
  public readonly domain: cognito.UserPoolDomain;
  /** SAML providers by name. */
  public readonly samlProviders: { [name: string]: cognito.UserPoolIdentityProviderSaml } = {};
  /** OIDC providers by name. */
  public readonly oidcProviders: { [name: string]: cognito.UserPoolIdentityProviderOidc } = {};
  /** The identity pool, when one was asked for. */
  public readonly identityPool?: identitypool.IdentityPool;
  /** The SAML service provider entity id (audience) to register at each IdP: `urn:amazon:cognito:sp:<poolId>`. */
  public readonly samlEntityId: string;
  /** The SAML assertion consumer service URL to register at each IdP: `https://<domain>/saml2/idpresponse`. */
  public readonly samlAcsUrl: string;
  /** The redirect URI to register at each OIDC IdP: `https://<domain>/oauth2/idpresponse`. */
  public readonly oidcRedirectUri: string;

  private readonly providers: { [name: string]: cognito.IUserPoolIdentityProvider } = {};
  private readonly clientContext: ClientPoolContext;

  constructor(scope: Construct, id: string, props: EnterpriseSsoProps) {
    super(scope, id);
    // The construct's own rules and its pool's fail together, in one error.
    const validation = new ViolationCollector();
    checkInputShape(validation, this.node.path, props, ENTERPRISE_SSO_SHAPE);
    const { poolProps, saml, oidc, clientContext } = validation.guard(() => this.validate(props, validation));
    validation.finish(this);
    this.clientContext = clientContext;

    this.pool = new EnterpriseUserPool(this, 'Pool', poolProps);
    this.userPool = this.pool.userPool;
    this.domain = this.pool.domain!;

    (props.samlProviders ?? []).forEach((options, index) => {
      const provider = createSamlProvider(this, { userPool: this.userPool, options, attributeMapping: saml[index].effectiveMapping });
      this.samlProviders[options.name] = provider;
      this.providers[options.name] = provider;
    });
    (props.oidcProviders ?? []).forEach((options, index) => {
      const provider = createOidcProvider(this, { userPool: this.userPool, options, attributeMapping: oidc[index].effectiveMapping });
      this.oidcProviders[options.name] = provider;
      this.providers[options.name] = provider;
    });

    const baseUrl = this.domain.baseUrl();
    this.samlEntityId = `urn:amazon:cognito:sp:${this.userPool.userPoolId}`;
    this.samlAcsUrl = `${baseUrl}/saml2/idpresponse`;
    this.oidcRedirectUri = `${baseUrl}/oauth2/idpresponse`;
    this.publishServiceProviderValues(props, saml.length > 0, oidc.length > 0);

    for (const client of props.appClients ?? []) {
      this.createClient(client, this.providerNamesOf(client));
    }
    if (props.identityPool) {
      this.identityPool = createIdentityPool(this, this.userPool, this.appClients, props.identityPool);
    }
    tagResources(this, poolProps.tags);
  }

  /** App clients by name. */
  public get appClients(): { [name: string]: cognito.UserPoolClient } {
    return this.pool.appClients;
  }

  /**
   * Adds an app client with the enterprise client defaults. Unless it lists its
   * `supportedIdentityProviders`, it signs users in through every federated provider of this
   * construct and not through the pool's own directory. The client is deployed after the
   * providers it names, which must exist when it is created. A client with callback URLs and a
   * federated provider signs every user in through the OAuth endpoints (refresh is its one API
   * flow) and can write the attributes its providers map, which its users cannot change.
   */
  public addAppClient(options: EnterpriseAppClientOptions): cognito.UserPoolClient {
    const validation = new ViolationCollector();
    const prefix = `addAppClient(${JSON.stringify(String(options?.name))}).`;
    checkInputShape(validation, this.node.path, options, ENTERPRISE_APP_CLIENT_SHAPE, prefix);
    validation.guard(() => {
      const providerNames = this.providerNamesOf(options);
      validation.check(this.node.path, SSO_CLIENT_RULES, ssoClientSubject(options, providerNames, this.knownProviderNames()), prefix);
      checkClient(this.pool.node.path, validation, withProviders(options, providerNames), this.clientContext, prefix, Object.keys(this.appClients));
    });
    validation.finish(this);
    return this.createClient(options, this.providerNamesOf(options));
  }

  /**
   * Resolves the props and runs every rule — this construct's, its providers', its clients' and its
   * pool's — into one collector, building nothing.
   */
  private validate(props: EnterpriseSsoProps, validation: ViolationCollector) {
    const path = this.node.path;
    const poolProps = resolveSsoPoolProps(props);
    const schema = poolSchema(resolvePoolProps(poolProps));
    const saml = (props.samlProviders ?? []).map((options, index) => samlSubject(options, `samlProviders[${index}]`, schema));
    const oidc = (props.oidcProviders ?? []).map((options, index) => oidcSubject(options, `oidcProviders[${index}]`, schema));
    validation.check(path, SSO_RULES, { providers: [...saml, ...oidc], hasDomain: props.domain !== undefined });
    for (const subject of [...saml, ...oidc]) {
      validation.check(path, SSO_PROVIDER_RULES, subject);
    }
    if (props.identityPool) {
      validation.check(path, SSO_IDENTITY_POOL_RULES, { options: props.identityPool, clientNames: (props.appClients ?? []).map(({ name }) => name) });
      validation.check(path, IDENTITY_POOL_RULES, { identityPoolName: props.identityPool.identityPoolName }, 'identityPool.');
    }
    const ownNames = [...saml, ...oidc].map(({ name }) => name);
    const clients = (props.appClients ?? []).map((client, index) => {
      const providerNames = client.supportedIdentityProviders?.map(({ name }) => name) ?? ownNames;
      validation.check(path, SSO_CLIENT_RULES, ssoClientSubject(client, providerNames, ['COGNITO', ...ownNames]), `appClients[${index}].`);
      return withProviders(client, providerNames);
    });
    const planned = planPoolAhead(this, `${path}/Pool`, poolProps);
    if (planned && laterEntriesPass(planned, clients.map((options, index) => ({ options, prefix: `appClients[${index}].` })))) {
      handOverPlan(poolProps, planned);
      return { poolProps, saml, oidc, clientContext: planned.plan.clientContext };
    }
    // Something is wrong: plan the pool with the clients in it, for every message at once.
    const poolCheck = new ViolationCollector();
    const plan = planPool(this, `${path}/Pool`, { ...poolProps, appClients: clients }, poolCheck);
    validation.addErrorsOf(poolCheck);
    return { poolProps, saml, oidc, clientContext: plan.clientContext };
  }

  /** Adds a checked client; it is deployed after the providers it names, which must exist when it is created. */
  private createClient(options: EnterpriseAppClientOptions, providerNames: string[]): cognito.UserPoolClient {
    const client = this.pool.addAppClient(withProviders(options, providerNames));
    for (const name of providerNames) {
      const provider = this.providers[name];
      if (provider) {
        client.node.addDependency(provider);
      }
    }
    return client;
  }

  /** The providers a client names, or every federated provider of this construct. */
  private providerNamesOf(options: EnterpriseAppClientOptions): string[] {
    return options.supportedIdentityProviders?.map(({ name }) => name) ?? Object.keys(this.providers);
  }

  /** COGNITO, this construct's providers and, when others were registered on the pool, the built-in ones. */
  private knownProviderNames(): string[] {
    const own = Object.keys(this.providers);
    const registeredElsewhere = this.userPool.identityProviders.length > own.length;
    return ['COGNITO', ...own, ...(registeredElsewhere ? BUILT_IN_PROVIDER_NAMES.filter((name) => name !== 'COGNITO') : [])];
  }

  /** Publishes what IdP administrators register: SAML values when there are SAML providers, the redirect URI for OIDC. */
  private publishServiceProviderValues(props: EnterpriseSsoProps, hasSaml: boolean, hasOidc: boolean): void {
    const outputs = new PoolOutputs(this, 'Outputs', props.outputs ?? {});
    const values = [
      { publish: hasSaml, key: 'SamlEntityId', parameterName: 'saml/entity-id', description: 'SAML entity id (audience) to register at the IdP', value: this.samlEntityId },
      { publish: hasSaml, key: 'SamlAcsUrl', parameterName: 'saml/acs-url', description: 'SAML assertion consumer service URL to register at the IdP', value: this.samlAcsUrl },
      { publish: hasOidc, key: 'OidcRedirectUri', parameterName: 'oidc/redirect-uri', description: 'Redirect URI to register at the OIDC IdP', value: this.oidcRedirectUri },
    ];
    for (const { publish, ...value } of values) {
      if (publish) {
        outputs.publish(value);
      }
    }
  }
}

function ssoClientSubject(options: EnterpriseAppClientOptions, providerNames: string[], knownNames: string[]): SsoClientSubject {
  return { clientName: options.name, providerNames, knownNames, oAuthEnabled: isOAuthEnabled(options) };
}

/**
 * A client that names its providers, by default every federated provider of the construct. With
 * callback URLs and a federated provider it signs every user in through the OAuth endpoints, so
 * refresh is its one API flow and no token of its can change the attributes its providers map.
 */
function withProviders(options: EnterpriseAppClientOptions, providerNames: string[]): EnterpriseAppClientOptions {
  const federated = isOAuthEnabled(options) && providerNames.some((name) => name !== 'COGNITO');
  // Object.assign, not a spread followed by keys, which V8 builds one key at a time.
  return Object.assign({}, options, {
    authFlows: options.authFlows ?? (federated ? SSO_CLIENT_AUTH_FLOWS : undefined),
    supportedIdentityProviders: options.supportedIdentityProviders
      ?? providerNames.map((name) => cognito.UserPoolClientIdentityProvider.custom(name)),
  });
}

function samlSubject(options: SamlProviderOptions, path: string, schema: PoolSchema): ProviderSubject {
  const saml = { metadataUrl: options.metadataUrl, metadataDocument: options.metadataDocument };
  return { ...providerSubject(options, path, schema, options.preset?.attributeMapping ?? {}), saml };
}

function oidcSubject(options: OidcProviderOptions, path: string, schema: PoolSchema): ProviderSubject {
  const oidc = { issuerUrl: options.issuerUrl, clientSecret: options.clientSecret };
  return { ...providerSubject(options, path, schema, OIDC_PROVIDER_DEFAULTS.attributeMapping), oidc };
}

/** What every provider has in common; the base mapping (preset or standard claims) is fitted to the pool. */
function providerSubject(
  options: SamlProviderOptions | OidcProviderOptions, path: string, schema: PoolSchema, baseMapping: cognito.AttributeMapping,
): ProviderSubject {
  return {
    path,
    name: options.name,
    identifiers: options.identifiers,
    explicitMapping: options.attributeMapping,
    effectiveMapping: mergeMappings(fitToPool(baseMapping, schema), options.attributeMapping),
    schema,
  };
}
