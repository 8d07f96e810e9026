import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { mappingTargets } from '../attribute-mapping';
import { ProviderSubject } from './subjects';

export const REQUIRED_ATTRIBUTES_MAPPED_RULE: SynthRule<ProviderSubject> = {
  id: 'CE-SSO-REQUIRED-ATTRIBUTES-MAPPED',
  appliesTo: 'identity provider',
  statement: 'a provider maps every required attribute of the pool, or its users cannot sign in',
  source: 'Cognito developer guide: mapping IdP attributes (required attributes)',
  severity: RuleSeverity.WARNING,
  check: ({ path, effectiveMapping, schema }) => {
    const mapped = new Set(mappingTargets(effectiveMapping).map(({ attribute }) => attribute));
    const missing = schema.required.filter((attribute) => !mapped.has(attribute));
    return missing.length > 0
      ? [{ prop: `${path}.attributeMapping`, value: [...mapped], detail: `does not map the required ${missing.join(', ')}` }]
      : [];
  },
};
