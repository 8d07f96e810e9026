import { RuleSeverity, SynthRule, Violation } from '../../private/validation/rule';
import { TENANT_ID_FORMAT } from '../defaults';
import { SaasSubject } from '../saas-subject';

export const TENANT_GROUPS_RULE: SynthRule<SaasSubject> = {
  id: 'CE-SAAS-TENANT-GROUPS',
  appliesTo: 'SaaS system',
  statement: 'tenant group ids are unique, 1–64 letters, digits, _, . or -, the tenant ids the post confirmation trigger accepts',
  source: 'Cognito API CreateGroup GroupName; the bundled post confirmation trigger',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const violations: Violation[] = [];
    const seen = new Set<string>();
    (props.tenantGroups ?? []).forEach((tenantId, index) => {
      if (!TENANT_ID_FORMAT.test(tenantId)) {
        violations.push({ prop: `tenantGroups[${index}]`, value: tenantId, detail: 'must be 1–64 letters, digits, _, . or -' });
      } else if (seen.has(tenantId)) {
        violations.push({ prop: `tenantGroups[${index}]`, value: tenantId, detail: 'is listed twice' });
      }
      seen.add(tenantId);
    });
    return violations;
  },
};
