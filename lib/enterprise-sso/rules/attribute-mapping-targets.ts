import { RuleSeverity, SynthRule, Violation } from '../../private/validation/rule';
import { mappingTargets } from '../attribute-mapping';
import { ProviderSubject } from './subjects';

export const ATTRIBUTE_MAPPING_TARGETS_RULE: SynthRule<ProviderSubject> = {
  id: 'CE-SSO-ATTRIBUTE-MAPPING',
  appliesTo: 'identity provider',
  statement: 'an attribute mapping targets only attributes of the pool that are mutable: Cognito rewrites mapped attributes at every federated sign-in',
  source: 'Cognito developer guide: mapping IdP attributes; API SchemaAttributeType Mutable',
  severity: RuleSeverity.ERROR,
  check: ({ path, explicitMapping, schema }) => {
    const violations: Violation[] = [];
    for (const { prop, attribute } of mappingTargets(explicitMapping)) {
      const mutable = schema.mutable[attribute];
      if (mutable === false) {
        violations.push({ prop: `${path}.${prop}`, value: attribute, detail: 'is immutable in the pool, so every sign-in after the first would fail' });
      } else if (mutable === undefined && attribute.startsWith('custom:')) {
        violations.push({ prop: `${path}.${prop}`, value: attribute, detail: 'is not a custom attribute of the pool' });
      }
    }
    return violations;
  },
};
