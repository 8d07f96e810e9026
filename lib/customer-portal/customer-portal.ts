import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { CustomerPortalProps } from './customer-portal-props';
import { CUSTOMER_PORTAL_DEFAULTS as D, portalMessages } from './defaults';
import { CUSTOMER_PORTAL_SHAPE } from './input-shapes';
import { PortalWebAcl } from './private-portal-web-acl';
import { createSocialIdentityProvider } from './private-social-identity-provider';
import { CUSTOMER_PORTAL_RULES } from './rules';
import { EnterpriseAppClientOptions } from '../enterprise-user-pool/app-client-options';
import { EnterpriseUserPool } from '../enterprise-user-pool/enterprise-user-pool';
import { EnterpriseUserPoolProps } from '../enterprise-user-pool/enterprise-user-pool-props';
import { planPool } from '../enterprise-user-pool/plan-pool';
import { handOverPlan, laterEntriesPass, planPoolAhead } from '../enterprise-user-pool/planned-pool';
import { adminOnlyAttributeNames } from '../enterprise-user-pool/resolve-pool-props';
import { acknowledgeFindings } from '../private/acknowledge-findings';
import { tagResources } from '../private/resource-tags';
import { checkInputShape } from '../private/validation/input-shape';
import { ViolationCollector } from '../private/validation/violation-collector';

/**
 * Authentication for a customer-facing portal: self-service sign-up with email verification,
 * email sign-in, optional TOTP MFA, a relaxed password policy backed by compromised-credential
 * checks, an immutable admin-only `customer_id`, social sign-in (Google, Facebook, Apple, Amazon)
 * with credentials from Secrets Manager, hosted sign-in pages, a public web client using the
 * authorization code grant with PKCE, and optional AWS WAF rate limiting. Built on
 * EnterpriseUserPool, so every pool setting stays overridable.
 *
 * @exampleMetadata fixture=construct
 * @example
 * new CustomerPortal(this, 'Portal', {
 *   domain: { cognitoDomainPrefix: 'example-shop' },
 *   callbackUrls: ['https://shop.example.com/auth/callback'],
 *   logoutUrls: ['https://shop.example.com/'],
 *   socialProviders: [{
 *     provider: SocialProvider.GOOGLE,
 *     clientId: '1234.apps.googleusercontent.com',
 *     clientSecret: { secret: Secret.fromSecretNameV2(this, 'Google', 'shop/google'), jsonField: 'clientSecret' },
 *   }],
 * });
 */
export class CustomerPortal extends Construct {
  /** The hardened pool the portal is built on; attach further clients, groups or operations here. */
  public readonly pool: EnterpriseUserPool;
  /** The underlying L2 user pool. */
  public readonly userPool: cognito.UserPool;
  /** The pool's custom attributes by name (without the `custom:` prefix), such as `customer_id`. */
  public readonly customAttributes: { [name: string]: cognito.ICustomAttribute };
  /** The public app client of the portal's web app. */
  public readonly webClient: cognito.UserPoolClient;
  /** The domain that serves the hosted sign-in pages. */
  public readonly domain: cognito.UserPoolDomain;
  /** Social identity providers by provider name (`Google`, `Facebook`, `SignInWithApple`, `LoginWithAmazon`). */
  public readonly socialProviders: { [name: string]: cognito.IUserPoolIdentityProvider } = {};
  /** The web ACL the portal created, when WAF protection without an ARN was asked for. */
  public readonly webAcl?: wafv2.CfnWebACL;
  /** The association of a web ACL with the pool, when WAF protection was asked for. */
  public readonly webAclAssociation?: wafv2.CfnWebACLAssociation;

  constructor(scope: Construct, id: string, props: CustomerPortalProps) {
    super(scope, id);
    // The construct's own rules and its pool's fail together, in one error.
    const validation = new ViolationCollector();
    checkInputShape(validation, this.node.path, props, CUSTOMER_PORTAL_SHAPE);
    const poolProps = validation.guard(() => this.validate(props, validation));
    validation.finish(this);
    this.customAttributes = poolProps.customAttributes ?? {};

    this.pool = new EnterpriseUserPool(this, 'Pool', poolProps);
    this.userPool = this.pool.userPool;
    this.domain = this.pool.domain!;

    for (const options of props.socialProviders ?? []) {
      this.socialProviders[options.provider] = createSocialIdentityProvider(this, this.userPool, options);
    }
    this.webClient = this.pool.addAppClient(portalWebClient(props, Object.keys(this.socialProviders)));
    // A client naming a provider that does not exist yet fails to deploy.
    for (const provider of Object.values(this.socialProviders)) {
      this.webClient.node.addDependency(provider);
    }

    if (props.webAcl) {
      const created = props.webAcl.webAclArn === undefined ? new PortalWebAcl(this, 'WebAcl', props.webAcl) : undefined;
      this.webAcl = created?.webAcl;
      this.webAclAssociation = new wafv2.CfnWebACLAssociation(this, 'WebAclAssociation', {
        resourceArn: this.userPool.userPoolArn,
        webAclArn: props.webAcl.webAclArn ?? created!.webAcl.attrArn,
      });
    }
    this.acknowledgeRelaxedPasswordPolicy(poolProps);
    // The pool tags its own resources; the web ACL, its log key and log group sit beside it.
    tagResources(this, props.tags);
  }

  /** Resolves the pool props and runs this construct's rules and its pool's, web client included. */
  private validate(props: CustomerPortalProps, validation: ViolationCollector): EnterpriseUserPoolProps {
    const poolProps = portalPoolProps(props);
    validation.check(this.node.path, CUSTOMER_PORTAL_RULES, { props, adminOnlyAttributes: adminOnlyAttributeNames(poolProps) });
    const clients = poolProps.appClients ?? [];
    const webClient = portalWebClient(props, (props.socialProviders ?? []).map(({ provider }) => provider));
    const planned = planPoolAhead(this, `${this.node.path}/Pool`, poolProps);
    if (planned && laterEntriesPass(planned, [{ options: webClient, prefix: 'webClient.' }])) {
      handOverPlan(poolProps, planned);
      return poolProps;
    }
    // Something is wrong: plan the pool with the web client in it, for every message at once.
    const poolCheck = new ViolationCollector();
    planPool(this, `${this.node.path}/Pool`, { ...poolProps, appClients: [...clients, webClient] }, poolCheck, {
      clients: [...clients.map((_, index) => `appClients[${index}]`), 'webClient'],
    });
    validation.addErrorsOf(poolCheck);
    return poolProps;
  }

  /** The base URL of the hosted sign-in pages. */
  public get hostedUiBaseUrl(): string {
    return this.domain.baseUrl();
  }

  /**
   * AwsSolutions COG1 asks for upper case and symbols. The portal follows length-over-composition
   * guidance instead, which is sound only while threat protection rejects compromised passwords.
   */
  private acknowledgeRelaxedPasswordPolicy(poolProps: EnterpriseUserPoolProps): void {
    const fullFunction = cognito.StandardThreatProtectionMode.FULL_FUNCTION;
    const threatProtection = this.pool.featurePlan === cognito.FeaturePlan.PLUS
      && (poolProps.standardThreatProtectionMode ?? fullFunction) === fullFunction
      && poolProps.advancedSecurityMode === undefined;
    const policy = poolProps.passwordPolicy ?? {};
    if (threatProtection && (policy.minLength ?? 0) >= 8 && policy.requireDigits === true) {
      acknowledgeFindings(this.userPool, [{
        id: 'AwsSolutions-COG1',
        reason: 'Customer passwords follow NIST SP 800-63B: at least 8 characters with lower case and digits, no forced upper case or symbols; '
          + 'threat protection (PLUS plan, full function) blocks compromised credentials and password history prevents reuse.',
      }]);
    }
  }
}

/** The portal's public web client, signing in through the pool's directory and the social providers. */
function portalWebClient(props: CustomerPortalProps, providerNames: string[]): EnterpriseAppClientOptions {
  return {
    name: props.webClientName ?? D.webClientName,
    // A browser cannot keep a secret: the code grant with PKCE protects the exchange instead.
    generateSecret: false,
    oAuthFlows: { authorizationCodeGrant: true },
    oAuthScopes: props.webClientScopes,
    callbackUrls: props.callbackUrls,
    logoutUrls: props.logoutUrls,
    defaultRedirectUri: props.defaultRedirectUri,
    supportedIdentityProviders: [
      cognito.UserPoolClientIdentityProvider.COGNITO,
      ...providerNames.map((name) => cognito.UserPoolClientIdentityProvider.custom(name)),
    ],
  };
}

/** The portal's defaults under the user's props; EnterpriseUserPool merges the rest. */
function portalPoolProps(props: CustomerPortalProps): EnterpriseUserPoolProps {
  const {
    callbackUrls, logoutUrls, defaultRedirectUri, webClientName, webClientScopes, socialProviders, webAcl, brandName,
    ...poolProps
  } = props;
  const brand = brandName ?? D.brandName;
  const messages = portalMessages(brand, props.userVerification?.emailStyle);
  const smsConfigured = props.smsRole !== undefined || props.enableSmsRole === true;
  const customMessage = props.triggers?.customMessage;
  // Merged with Object.assign: V8 builds a spread followed by literal keys one key at a time,
  // which costs about as much as the rest of resolving.
  return Object.assign({}, poolProps, {
    selfSignUpEnabled: props.selfSignUpEnabled ?? D.selfSignUpEnabled,
    signInAliases: props.signInAliases ?? D.signInAliases,
    passwordPolicy: { ...D.passwordPolicy, ...props.passwordPolicy },
    mfa: props.mfa ?? D.mfa,
    mfaSecondFactor: { ...D.mfaSecondFactor, sms: smsConfigured, ...props.mfaSecondFactor },
    // An explicit schema replaces the portal's, as it replaces EnterpriseUserPool's.
    standardAttributes: props.standardAttributes ?? D.standardAttributes,
    customAttributes: props.customAttributes ?? D.customAttributes,
    userVerification: { ...messages.userVerification, ...props.userVerification },
    userInvitation: { ...messages.userInvitation, ...props.userInvitation },
    triggers: customMessage ? { ...props.triggers, customMessage: { brandName: brand, ...customMessage } } : props.triggers,
  });
}
