import { SsoSubject } from './subjects';
import { knownString } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';

export const PROVIDER_NAMES_UNIQUE_RULE: SynthRule<SsoSubject> = {
  id: 'CE-SSO-PROVIDER-NAMES-UNIQUE',
  appliesTo: 'identity provider',
  statement: 'provider names are unique within a pool, across SAML and OIDC providers',
  source: 'Cognito API CreateIdentityProvider (DuplicateProviderException)',
  severity: RuleSeverity.ERROR,
  check: ({ providers }) => {
    const seen = new Set<string>();
    return providers.filter(({ name }) => {
      const duplicate = knownString(name) && seen.has(name);
      seen.add(name);
      return duplicate;
    }).map(({ path, name }) => ({ prop: `${path}.name`, value: name }));
  },
};
