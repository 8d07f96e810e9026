import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { TENANT_GROUP_WARNING_THRESHOLD } from '../defaults';
import { SaasSubject } from '../saas-subject';

export const TENANT_GROUP_COUNT_RULE: SynthRule<SaasSubject> = {
  id: 'CE-SAAS-TENANT-GROUP-COUNT',
  appliesTo: 'SaaS system',
  statement: `more than ${TENANT_GROUP_WARNING_THRESHOLD} tenant groups: each adds a group and an IAM role to the template; isolate tenants with the tenant_id principal tag (ScopedDataPolicies.tenant*) instead`,
  source: 'IAM roles per account quota; CloudFormation template size limits',
  severity: RuleSeverity.WARNING,
  check: ({ props }) => {
    const count = (props.tenantGroups ?? []).length;
    return count > TENANT_GROUP_WARNING_THRESHOLD ? [{ prop: 'tenantGroups', value: `${count} tenants` }] : [];
  },
};
