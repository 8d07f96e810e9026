import { ENTERPRISE_SSO_DEFAULTS as D, SSO_TOKEN_CLAIMS } from './defaults';
import { EnterpriseSsoProps } from './enterprise-sso-props';
import { EnterpriseUserPoolProps } from '../enterprise-user-pool/enterprise-user-pool-props';
import { BundledTriggersOptions } from '../triggers/bundled-triggers-options';

/**
 * The EnterpriseUserPool props of an SSO pool: the user's pool settings over the SSO defaults,
 * without the providers, clients and identity pool that EnterpriseSso creates itself.
 */
export function resolveSsoPoolProps(props: EnterpriseSsoProps): EnterpriseUserPoolProps {
  const { samlProviders, oidcProviders, identityPool, appClients, ...poolProps } = props;
  const customAttributes = poolProps.customAttributes ?? D.customAttributes;
  return {
    ...poolProps,
    customAttributes,
    adminOnlyAttributes: poolProps.adminOnlyAttributes ?? (D.allCustomAttributesAdminOnly ? Object.keys(customAttributes) : undefined),
    triggers: withTokenClaims(poolProps.triggers, Object.keys(customAttributes)),
  };
}

/** Adds the SSO claims to an enabled pre token generation trigger; explicit claims win. */
function withTokenClaims(triggers: BundledTriggersOptions | undefined, customAttributeNames: string[]): BundledTriggersOptions | undefined {
  const preTokenGeneration = triggers?.preTokenGeneration;
  if (!preTokenGeneration) {
    return triggers;
  }
  const available = Object.entries(SSO_TOKEN_CLAIMS)
    .filter(([, attribute]) => customAttributeNames.includes(attribute.replace(/^custom:/, '')));
  return {
    ...triggers,
    preTokenGeneration: {
      ...preTokenGeneration,
      claimMapping: { ...Object.fromEntries(available), ...preTokenGeneration.claimMapping },
    },
  };
}
