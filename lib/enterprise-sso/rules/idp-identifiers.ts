import { ProviderSubject } from './subjects';
import { knownString } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule, Violation } from '../../private/validation/rule';

const MAX_IDENTIFIERS = 50;
const IDENTIFIER = /^[\w\s+=.@-]{1,40}$/;

export const IDP_IDENTIFIERS_RULE: SynthRule<ProviderSubject> = {
  id: 'CE-SSO-IDP-IDENTIFIERS',
  appliesTo: 'identity provider',
  statement: `a provider has at most ${MAX_IDENTIFIERS} identifiers, each 1–40 characters of letters, digits, spaces and + = . @ - _`,
  source: 'Cognito API CreateIdentityProvider IdpIdentifiers',
  severity: RuleSeverity.ERROR,
  check: ({ path, identifiers }) => {
    const prop = `${path}.identifiers`;
    const violations: Violation[] = [];
    if ((identifiers ?? []).length > MAX_IDENTIFIERS) {
      violations.push({ prop, value: `${identifiers!.length} identifiers`, detail: `at most ${MAX_IDENTIFIERS} identifiers are allowed` });
    }
    (identifiers ?? []).forEach((identifier, index) => {
      if (knownString(identifier) && !IDENTIFIER.test(identifier)) {
        violations.push({ prop: `${prop}[${index}]`, value: identifier, detail: 'must be 1–40 characters of letters, digits, spaces and + = . @ - _' });
      }
    });
    return violations;
  },
};
