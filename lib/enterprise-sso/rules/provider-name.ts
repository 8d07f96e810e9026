import { knownString } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { BUILT_IN_PROVIDER_NAMES } from '../defaults';
import { ProviderSubject } from './subjects';

/** Cognito's ProviderName pattern: no leading or trailing underscore or separator. */
const PROVIDER_NAME = /^[^_\p{Z}][\p{L}\p{M}\p{S}\p{N}\p{P}][^_\p{Z}]+$/u;

export const PROVIDER_NAME_RULE: SynthRule<ProviderSubject> = {
  id: 'CE-SSO-PROVIDER-NAME',
  appliesTo: 'identity provider',
  statement: `a provider name is 3–32 characters matching [^_\\p{Z}][\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}][^_\\p{Z}]+ and is none of ${BUILT_IN_PROVIDER_NAMES.join(', ')}`,
  source: 'Cognito API CreateIdentityProvider ProviderName',
  severity: RuleSeverity.ERROR,
  check: ({ path, name }) => {
    if (!knownString(name)) {
      return [];
    }
    const prop = `${path}.name`;
    if (name.length < 3 || name.length > 32) {
      return [{ prop, value: name, detail: `must be 3–32 characters (received ${name.length})` }];
    }
    if (BUILT_IN_PROVIDER_NAMES.includes(name)) {
      return [{ prop, value: name, detail: 'is the name of a built-in provider' }];
    }
    return PROVIDER_NAME.test(name) ? [] : [{ prop, value: name }];
  },
};
