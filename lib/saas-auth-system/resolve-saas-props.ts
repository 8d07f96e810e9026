import { SAAS_CLIENT_DEFAULTS, SAAS_POOL_DEFAULTS as D, SAAS_TRIGGER_DEFAULTS, TENANT_GROUP_TEMPLATE } from './defaults';
import { SaasAuthSystemProps } from './saas-auth-system-props';
import { EnterpriseAppClientOptions } from '../enterprise-user-pool/app-client-options';
import { EnterpriseUserPoolProps } from '../enterprise-user-pool/enterprise-user-pool-props';
import { defaultAdminOnlyAttributes } from '../enterprise-user-pool/resolve-pool-props';
import { BundledTriggersOptions } from '../triggers/bundled-triggers-options';

/**
 * The EnterpriseUserPool props of a SaaS system: the SaaS defaults with the user's props merged
 * over them the way EnterpriseUserPool merges its own, and the web and mobile clients first.
 */
export function resolveSaasPoolProps(props: SaasAuthSystemProps): EnterpriseUserPoolProps {
  const {
    callbackUrls, logoutUrls, webClientName, mobileClientName, saasTriggers, identityPoolName,
    allowGuestAccess, guestPolicyStatements, tenantGroups, ...poolProps
  } = props;
  const customAttributes = poolProps.customAttributes ?? D.customAttributes;
  // Merged with Object.assign: V8 builds a spread followed by literal keys one key at a time,
  // which costs about as much as the rest of resolving.
  return Object.assign({}, poolProps, {
    passwordPolicy: { ...D.passwordPolicy, ...poolProps.passwordPolicy },
    mfa: poolProps.mfa ?? D.mfa,
    selfSignUpEnabled: poolProps.selfSignUpEnabled ?? D.selfSignUpEnabled,
    customAttributes,
    adminOnlyAttributes: poolProps.adminOnlyAttributes ?? [...new Set([
      ...defaultAdminOnlyAttributes(customAttributes),
      ...D.adminOnlyAttributes.filter((name) => name in customAttributes),
    ])],
    triggers: mergeTriggers(saasTriggers ?? true ? saasTriggerDefaults((tenantGroups ?? []).length > 0) : {}, poolProps.triggers ?? {}),
    appClients: [
      webClient(webClientName ?? SAAS_CLIENT_DEFAULTS.webClientName, callbackUrls, logoutUrls),
      mobileClient(mobileClientName ?? SAAS_CLIENT_DEFAULTS.mobileClientName),
      ...poolProps.appClients ?? [],
    ],
  });
}

function saasTriggerDefaults(withTenantGroups: boolean): BundledTriggersOptions {
  return {
    ...SAAS_TRIGGER_DEFAULTS,
    postConfirmation: {
      ...SAAS_TRIGGER_DEFAULTS.postConfirmation,
      // Only with tenant groups: the trigger fails a confirmation whose tenant has no group.
      ...(withTenantGroups ? { tenantGroupTemplate: TENANT_GROUP_TEMPLATE } : {}),
    },
  };
}

/** Each trigger's options merge over the SaaS ones; triggers the SaaS set lacks pass through. */
function mergeTriggers(defaults: BundledTriggersOptions, given: BundledTriggersOptions): BundledTriggersOptions {
  const merged: { [trigger: string]: object | undefined } = { ...defaults };
  for (const [trigger, options] of Object.entries(given)) {
    const base = merged[trigger];
    merged[trigger] = base && options ? { ...base, ...options } : options ?? base;
  }
  return merged as BundledTriggersOptions;
}

/** A confidential web client: a secret, the authorization code flow (PKCE-ready) and SRP. */
function webClient(name: string, callbackUrls: string[], logoutUrls: string[]): EnterpriseAppClientOptions {
  return { name, generateSecret: true, callbackUrls, logoutUrls };
}

/**
 * A public mobile client: no secret, no hosted pages, and the pool's default flows (SRP and
 * refresh, plus what passwordless, magic-link or migration triggers need).
 */
function mobileClient(name: string): EnterpriseAppClientOptions {
  return { name, generateSecret: false };
}
