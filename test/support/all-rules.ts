import { API_ACCESS_RULES } from '../../lib/api-access/rules';
import { CUSTOMER_PORTAL_RULES } from '../../lib/customer-portal/rules';
import { ENTERPRISE_SSO_RULES } from '../../lib/enterprise-sso/rules';
import { TRIGGER_WIRING_RULES } from '../../lib/enterprise-user-pool/trigger-wiring-checks';
import { MONITORING_RULES } from '../../lib/monitoring/rules';
import { USER_IMPORT_RULES } from '../../lib/operations/rules';
import { USER_POOL_BACKUP_RULES } from '../../lib/operations/rules/backup-rules';
import { INACTIVE_USER_RULES } from '../../lib/operations/rules/lifecycle-rules';
import { describeRules, RuleDescription } from '../../lib/private/validation/catalogue';
import { SynthRule } from '../../lib/private/validation/rule';
import { SAAS_RULES } from '../../lib/saas-auth-system/rules';

/** Every synth-time rule of the library: the base pool's and each scenario construct's. */
export function allRules(): RuleDescription[] {
  const rules = describeRules([
    ...(SAAS_RULES as ReadonlyArray<SynthRule<never>>),
    ...ENTERPRISE_SSO_RULES,
    ...(CUSTOMER_PORTAL_RULES as ReadonlyArray<SynthRule<never>>),
    ...(MONITORING_RULES as ReadonlyArray<SynthRule<never>>),
    ...(USER_IMPORT_RULES as ReadonlyArray<SynthRule<never>>),
    ...(USER_POOL_BACKUP_RULES as ReadonlyArray<SynthRule<never>>),
    ...(INACTIVE_USER_RULES as ReadonlyArray<SynthRule<never>>),
    ...API_ACCESS_RULES,
  ]);
  return [...rules, ...TRIGGER_WIRING_RULES];
}
