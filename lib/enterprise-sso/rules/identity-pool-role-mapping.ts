import { SsoIdentityPoolSubject } from './subjects';
import { RuleSeverity, SynthRule, Violation } from '../../private/validation/rule';

const MAX_RULES = 25;

export const IDENTITY_POOL_ROLE_MAPPING_RULE: SynthRule<SsoIdentityPoolSubject> = {
  id: 'CE-SSO-IDENTITY-POOL',
  appliesTo: 'identity pool',
  statement: `an identity pool trusts at least one app client given in appClients, and rule-based role mapping has 1–${MAX_RULES} rules`,
  source: 'Cognito API SetIdentityPoolRoles RoleMappings RulesConfiguration',
  severity: RuleSeverity.ERROR,
  check: ({ options, clientNames }) => {
    const violations: Violation[] = [];
    if (clientNames.length === 0) {
      violations.push({ prop: 'appClients', value: [], detail: 'an identity pool needs an app client to trust' });
    }
    const rules = options.rules;
    if (rules !== undefined && (rules.length < 1 || rules.length > MAX_RULES)) {
      violations.push({ prop: 'identityPool.rules', value: `${rules.length} rules`, detail: `must have 1–${MAX_RULES} rules` });
    }
    return violations;
  },
};
