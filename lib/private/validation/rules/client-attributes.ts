import { RuleSeverity, SynthRule, Violation } from '../rule';
import { PoolClientSubject } from '../subjects';

/** Readable though no mapping or write list may name it: Cognito's own user id. */
const ALWAYS_PRESENT = ['sub'];

export const CLIENT_ATTRIBUTES_RULE: SynthRule<PoolClientSubject> = {
  id: 'CE-CLIENT-ATTRIBUTES',
  appliesTo: 'app client',
  statement: 'a client reads and writes only attributes the pool has: standard attributes in their OIDC spelling and declared custom:<name> attributes',
  source: 'Cognito API CreateUserPoolClient ReadAttributes, WriteAttributes (InvalidParameterException "Invalid write attributes specified")',
  severity: RuleSeverity.ERROR,
  check: ({ readAttributes, writeAttributes, schema }) => {
    const violations: Violation[] = [];
    for (const [prop, list] of [['readAttributes', readAttributes], ['writeAttributes', writeAttributes]] as const) {
      (list ?? []).forEach((attribute, index) => {
        if (schema.mutable[attribute] === undefined && !ALWAYS_PRESENT.includes(attribute)) {
          violations.push({
            prop: `${prop}[${index}]`,
            value: attribute,
            detail: attribute.startsWith('custom:') ? 'is not a custom attribute of the pool' : 'is not a standard attribute (standard names are OIDC claims such as given_name)',
          });
        }
      });
    }
    return violations;
  },
};
