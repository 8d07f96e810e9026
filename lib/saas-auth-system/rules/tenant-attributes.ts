import { RuleSeverity, SynthRule, Violation } from '../../private/validation/rule';
import { TENANT_ATTRIBUTE, TIER_ATTRIBUTE } from '../defaults';
import { SaasSubject } from '../saas-subject';

export const TENANT_ATTRIBUTES_RULE: SynthRule<SaasSubject> = {
  id: 'CE-SAAS-TENANT-ATTRIBUTES',
  appliesTo: 'SaaS system',
  statement: `customAttributes keep ${TENANT_ATTRIBUTE} and ${TIER_ATTRIBUTE}, and both are in adminOnlyAttributes: they become principal tags and token claims that authorize access, so users must not set them`,
  source: 'Cognito identity pools: attributes for access control (principal tags)',
  severity: RuleSeverity.ERROR,
  check: ({ poolProps }) => {
    const violations: Violation[] = [];
    const names = Object.keys(poolProps.customAttributes ?? {});
    const adminOnly = poolProps.adminOnlyAttributes ?? [];
    for (const attribute of [TENANT_ATTRIBUTE, TIER_ATTRIBUTE]) {
      if (!names.includes(attribute)) {
        violations.push({ prop: 'customAttributes', value: names, detail: `must include ${attribute}` });
      } else if (!adminOnly.includes(attribute)) {
        violations.push({ prop: 'adminOnlyAttributes', value: adminOnly, detail: `must include ${attribute}, or users could set their own` });
      }
    }
    return violations;
  },
};
