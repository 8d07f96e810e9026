import { SsoSubject } from './subjects';
import { knownString } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule, Violation } from '../../private/validation/rule';

export const IDP_IDENTIFIERS_UNIQUE_RULE: SynthRule<SsoSubject> = {
  id: 'CE-SSO-IDP-IDENTIFIERS-UNIQUE',
  appliesTo: 'identity provider',
  statement: 'an identifier routes to one provider: identifiers are unique within a pool',
  source: 'Cognito API GetIdentityProviderByIdentifier',
  severity: RuleSeverity.ERROR,
  check: ({ providers }) => {
    const owner = new Map<string, string>();
    const violations: Violation[] = [];
    for (const { path, name, identifiers } of providers) {
      const own = new Set<string>();
      (identifiers ?? []).forEach((identifier, index) => {
        if (!knownString(identifier) || own.has(identifier)) {
          return;
        }
        own.add(identifier);
        const first = owner.get(identifier);
        if (first !== undefined) {
          violations.push({ prop: `${path}.identifiers[${index}]`, value: identifier, detail: `is already an identifier of ${first}` });
        } else {
          owner.set(identifier, name);
        }
      });
    }
    return violations;
  },
};
