import { RuleSeverity, SynthRule, Violation } from '../../private/validation/rule';
import { SaasSubject } from '../saas-subject';

export const GUEST_ACCESS_RULE: SynthRule<SaasSubject> = {
  id: 'CE-SAAS-GUEST-ACCESS',
  appliesTo: 'SaaS system',
  statement: 'guest access states what guests may do: allowGuestAccess needs guestPolicyStatements, and guestPolicyStatements need allowGuestAccess',
  source: 'Cognito identity pools: unauthenticated identities and their role',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const violations: Violation[] = [];
    const statements = props.guestPolicyStatements ?? [];
    if (props.allowGuestAccess === true && statements.length === 0) {
      violations.push({ prop: 'allowGuestAccess', value: true, detail: 'needs guestPolicyStatements naming what guests may do' });
    }
    if (props.allowGuestAccess !== true && statements.length > 0) {
      violations.push({ prop: 'guestPolicyStatements', value: `${statements.length} statement(s)`, detail: 'take effect only with allowGuestAccess: true' });
    }
    return violations;
  },
};
