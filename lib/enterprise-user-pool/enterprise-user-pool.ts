import { Stack, Tags } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { EnterpriseAppClientOptions } from './app-client-options';
import { DEFAULT_MANAGED_LOGIN_VERSION } from './defaults';
import { EnterpriseUserPoolProps } from './enterprise-user-pool-props';
import { HostedDomainOptions } from './hosted-domain-options';
import { PoolGroupOptions } from './pool-group-options';
import { PoolOutputs } from './pool-outputs';
import { isOAuthEnabled, resolveClientOptions, toUserPoolClientOptions } from './resolve-client-options';
import { defaultAdminOnlyAttributes, resolvePoolProps } from './resolve-pool-props';
import { resourceServerProblems } from './resource-server-checks';
import { magicLinkSessionValidity, triggerWiringProblems } from './trigger-wiring-checks';
import { CLIENT_RULES, DOMAIN_RULES, GROUP_RULES, POOL_RULES } from '../private/validation/catalogue';
import { enforceRules } from '../private/validation/enforce-rules';
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
  private readonly adminOnlyAttributes: string[];
  private readonly outputs: PoolOutputs;
  private readonly resolvedClients: EnterpriseAppClientOptions[] = [];

  constructor(scope: Construct, id: string, props: EnterpriseUserPoolProps = {}) {
    super(scope, id);
    this.props = resolvePoolProps(props);
    enforceRules(this, POOL_RULES, {
      props: this.props,
      emailThroughSes: sendsEmailThroughSes(this, this.props.email),
      stackName: Stack.of(this).stackName,
    });
    this.featurePlan = this.props.featurePlan!;
    this.adminOnlyAttributes = this.props.adminOnlyAttributes ?? defaultAdminOnlyAttributes(this.props.customAttributes ?? {});

    const { appClients, groups, domain, passwordless, triggers, adminOnlyAttributes, outputs, tags, ...userPoolProps } = this.props;
    const passkeysWithRequiredMfa = passwordless?.passkeys === true && userPoolProps.mfa === cognito.Mfa.REQUIRED;
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      ...userPoolProps,
      enableSmsRole: userPoolProps.enableSmsRole ?? (passwordless?.smsOtp ? true : undefined),
      signInPolicy: passwordless
        ? {
          allowedFirstAuthFactors: {
            password: true,
            passkey: passwordless.passkeys ?? false,
            emailOtp: passwordless.emailOtp ?? false,
            smsOtp: passwordless.smsOtp ?? false,
          },
        }
        : userPoolProps.signInPolicy,
      // With a custom domain, passkeys must name it as their relying party.
      passkeyRelyingPartyId: passwordless?.passkeyRelyingPartyId ?? userPoolProps.passkeyRelyingPartyId
        ?? (passwordless?.passkeys ? domain?.customDomainName : undefined),
      passkeyUserVerification: passwordless?.passkeyUserVerification ?? userPoolProps.passkeyUserVerification
        ?? (passkeysWithRequiredMfa ? cognito.PasskeyUserVerification.REQUIRED : undefined),
    });
    if (passkeysWithRequiredMfa) {
      // Required MFA admits passkeys only as a multi-factor credential: possession plus user verification.
      (this.userPool.node.defaultChild as cognito.CfnUserPool).webAuthnFactorConfiguration = 'MULTI_FACTOR_WITH_USER_VERIFICATION';
    }

    this.outputs = new PoolOutputs(this, 'Outputs', outputs ?? {});
    this.publish('UserPoolId', 'user-pool-id', 'User pool id', this.userPool.userPoolId);
    this.publish('UserPoolArn', 'user-pool-arn', 'User pool ARN', this.userPool.userPoolArn);
    this.publish('UserPoolProviderUrl', 'user-pool-provider-url', 'Issuer URL of the pool\'s tokens', this.userPool.userPoolProviderUrl);

    for (const group of groups ?? []) {
      this.addGroup(group);
    }
    if (domain) {
      this.domain = this.createDomain(domain);
    }
    for (const client of appClients ?? []) {
      this.addAppClient(client);
    }
    // Resource servers may be added to the pool later: check them and the client scopes at synth.
    const createdClients = () => this.resolvedClients.map((options) => ({ scope: this.appClients[options.name], options }));
    this.node.addValidation({ validate: () => resourceServerProblems(this.userPool, createdClients()) });
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
    for (const [key, value] of Object.entries(tags ?? {})) {
      Tags.of(this).add(key, value);
    }
  }

  /**
   * Adds an app client with the enterprise client defaults and publishes its id.
   */
  public addAppClient(options: EnterpriseAppClientOptions): cognito.UserPoolClient {
    const resolved = resolveClientOptions(options, {
      customAttributeNames: Object.keys(this.props.customAttributes ?? {}),
      adminOnlyAttributes: this.adminOnlyAttributes,
      passwordless: this.props.passwordless !== undefined,
      customAuth: this.props.triggers?.magicLink !== undefined,
      userMigration: this.props.triggers?.userMigration !== undefined,
      customAuthSessionValidity: magicLinkSessionValidity(this.props.triggers),
    });
    const oAuthEnabled = isOAuthEnabled(resolved);
    enforceRules(this, CLIENT_RULES, { options: resolved, oAuthEnabled, featurePlan: this.featurePlan });
    const twin = Object.keys(this.appClients).find((name) => pascal(name) === pascal(options.name));
    if (twin !== undefined) {
      const clash = twin === options.name ? `two clients named "${twin}"` : `"${twin}" and "${options.name}"`;
      throw new Error(`[CE-CLIENT-NAME] ${this.node.path}: appClients has ${clash} — client names must stay distinct when reduced to letters and digits, which name their outputs`);
    }
    const client = this.userPool.addClient(options.name, toUserPoolClientOptions(resolved));
    this.appClients[options.name] = client;
    this.resolvedClients.push(resolved);
    this.publish(`${pascal(options.name)}ClientId`, `clients/${options.name}/id`, `App client id of ${options.name}`, client.userPoolClientId);
    if (oAuthEnabled && this.domain && this.managedLoginVersion === cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN) {
      // Managed login pages render only for clients that have a branding style.
      new cognito.CfnManagedLoginBranding(this, `${pascal(options.name)}Branding`, {
        userPoolId: this.userPool.userPoolId,
        clientId: client.userPoolClientId,
        useCognitoProvidedValues: true,
      });
    }
    return client;
  }

  /**
   * Adds a user group, optionally with an IAM role for its members.
   */
  public addGroup(options: PoolGroupOptions): cognito.UserPoolGroup {
    enforceRules(this, GROUP_RULES, { options });
    if (this.groups[options.name]) {
      throw new Error(`${this.node.path}: groups has two groups named "${options.name}" — group names must be unique within a pool`);
    }
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

  /** The base URL of the hosted sign-in pages, when the pool has a domain. */
  public get hostedUiBaseUrl(): string | undefined {
    return this.domain?.baseUrl();
  }

  private get managedLoginVersion(): cognito.ManagedLoginVersion {
    return this.props.domain?.managedLoginVersion ?? DEFAULT_MANAGED_LOGIN_VERSION;
  }

  private createDomain(options: HostedDomainOptions): cognito.UserPoolDomain {
    enforceRules(this, DOMAIN_RULES, { options });
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

/** Whether the pool's email goes through Amazon SES, the prerequisite of email MFA and codes. */
function sendsEmailThroughSes(scope: Construct, email: cognito.UserPoolEmail | undefined): boolean {
  // The L2 exposes the sending account only through its binding, which has no side effects.
  const binding = email as unknown as { _bind?: (s: Construct) => { emailSendingAccount?: string } } | undefined;
  return binding?._bind?.(scope).emailSendingAccount === 'DEVELOPER';
}

function pascal(name: string): string {
  return name.split(/[^A-Za-z0-9]+/).filter(Boolean).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}
