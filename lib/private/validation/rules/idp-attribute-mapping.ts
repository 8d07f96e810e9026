import { RuleSeverity, SynthRule, Violation } from '../rule';
import { IdentityProviderSubject } from '../subjects';

/** Cognito maps the IdP's user id onto `username` itself; it is no pool attribute but accepted as a key. */
const COGNITO_KEYS = ['username'];

export const IDP_ATTRIBUTE_MAPPING_RULE: SynthRule<IdentityProviderSubject> = {
  id: 'CE-IDP-ATTRIBUTE-MAPPING',
  appliesTo: 'identity provider',
  statement: 'an attribute mapping writes only mutable attributes of the pool, because Cognito rewrites them at every federated sign-in',
  source: 'Cognito API CreateIdentityProvider AttributeMapping, SchemaAttributeType Mutable; developer guide, specifying IdP attribute mappings (mapped attributes must be mutable)',
  severity: RuleSeverity.ERROR,
  check: ({ attributeMapping, schema }) => {
    const violations: Violation[] = [];
    for (const attribute of Object.keys(attributeMapping)) {
      if (COGNITO_KEYS.includes(attribute) || schema.mutable[attribute] !== false) {
        continue;
      }
      violations.push({
        prop: `attributeMapping.${attribute}`,
        value: attributeMapping[attribute],
        detail: `${attribute} is immutable in the pool: every sign-in after the first would fail`,
      });
    }
    return violations;
  },
};
