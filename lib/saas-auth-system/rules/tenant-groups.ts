import { Token } from 'aws-cdk-lib';
import { knownString } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule, Violation } from '../../private/validation/rule';
import { TENANT_ID_FORMAT } from '../defaults';
import { SaasSubject } from '../saas-subject';

export const TENANT_GROUPS_RULE: SynthRule<SaasSubject> = {
  id: 'CE-SAAS-TENANT-GROUPS',
  appliesTo: 'SaaS system',
  statement: 'tenant group ids are known at synth (each names a group and a role), unique, 1–64 letters, digits, _, . or -, the tenant ids the post confirmation trigger accepts',
  source: 'Cognito API CreateGroup GroupName; the bundled post confirmation trigger',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const violations: Violation[] = [];
    const seen = new Set<string>();
    if (Token.isUnresolved(props.tenantGroups)) {
      return [{ prop: 'tenantGroups', value: 'a list token', detail: 'must be a literal list: one group and one role are created per tenant id' }];
    }
    (props.tenantGroups ?? []).forEach((tenantId, index) => {
      if (!knownString(tenantId)) {
        violations.push({ prop: `tenantGroups[${index}]`, value: 'a token', detail: 'must be known at synth: it names the tenant\'s group, role and their construct ids' });
        return;
      }
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
