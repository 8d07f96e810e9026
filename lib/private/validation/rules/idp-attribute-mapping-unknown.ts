import { RuleSeverity, SynthRule, Violation } from '../rule';
import { IdentityProviderSubject } from '../subjects';

/** Cognito maps the IdP's user id onto `username` itself; it is no pool attribute but accepted as a key. */
const COGNITO_KEYS = ['username'];

/**
 * A warning, not an error: aws-cdk's deployed Amazon and Google provider scenarios map keys that
 * are not pool attributes (`userId`, `names`) and Cognito creates them, but such a mapping never
 * reaches a user's profile.
 */
export const IDP_ATTRIBUTE_MAPPING_UNKNOWN_RULE: SynthRule<IdentityProviderSubject> = {
  id: 'CE-IDP-ATTRIBUTE-MAPPING-UNKNOWN',
  appliesTo: 'identity provider',
  statement: 'an attribute mapping should write attributes of the pool — standard attributes in their OIDC spelling or declared custom:<name> attributes — or the mapped value is never stored',
  source: 'Cognito API CreateIdentityProvider AttributeMapping; aws-cdk integ.user-pool-idp.amazon.ts and integ.user-pool-idp.google.ts (deployed with such keys)',
  severity: RuleSeverity.WARNING,
  check: ({ attributeMapping, schema }) => {
    const violations: Violation[] = [];
    for (const attribute of Object.keys(attributeMapping)) {
      if (COGNITO_KEYS.includes(attribute) || schema.mutable[attribute] !== undefined) {
        continue;
      }
      const custom = attribute.startsWith('custom:');
      violations.push({
        prop: `attributeMapping.${attribute}`,
        value: attributeMapping[attribute],
        detail: `${attribute} is not ${custom ? 'a custom attribute of the pool' : 'an attribute of the pool (custom attributes carry the custom: prefix)'}, so the mapped value is never stored`,
      });
    }
    return violations;
  },
};
