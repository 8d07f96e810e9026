import { RuleSeverity, SynthRule, Violation } from '../rule';
import { IdentityProviderSubject } from '../subjects';

/** Cognito maps the IdP's user id onto `username` itself; it is no pool attribute but accepted as a key. */
const COGNITO_KEYS = ['username'];

export const IDP_ATTRIBUTE_MAPPING_RULE: SynthRule<IdentityProviderSubject> = {
  id: 'CE-IDP-ATTRIBUTE-MAPPING',
  appliesTo: 'identity provider',
  statement: 'an attribute mapping writes only mutable attributes of the pool — standard attributes in their OIDC spelling or declared custom:<name> attributes — because Cognito rewrites them at every federated sign-in',
  source: 'Cognito API CreateIdentityProvider AttributeMapping, SchemaAttributeType Mutable; developer guide, specifying IdP attribute mappings (mapped attributes must be mutable)',
  severity: RuleSeverity.ERROR,
  check: ({ attributeMapping, schema }) => {
    const violations: Violation[] = [];
    for (const attribute of Object.keys(attributeMapping)) {
      const mutable = schema.mutable[attribute];
      if (COGNITO_KEYS.includes(attribute) || mutable === true) {
        continue;
      }
      violations.push({
        prop: `attributeMapping.${attribute}`,
        value: attributeMapping[attribute],
        detail: mutable === false
          ? `${attribute} is immutable in the pool: every sign-in after the first would fail`
          : `${attribute} is not ${attribute.startsWith('custom:') ? 'a custom attribute of the pool (keys carry the custom: prefix)' : 'an attribute of the pool'}`,
      });
    }
    return violations;
  },
};
