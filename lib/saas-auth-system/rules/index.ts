import { SynthRule } from '../../private/validation/rule';
import { SaasSubject } from '../saas-subject';
import { GUEST_ACCESS_RULE } from './guest-access';
import { TENANT_ATTRIBUTES_RULE } from './tenant-attributes';
import { TENANT_GROUP_COUNT_RULE } from './tenant-group-count';
import { TENANT_GROUPS_RULE } from './tenant-groups';
import { WEB_CLIENT_REDIRECTS_RULE } from './web-client-redirects';

/** Every SaasAuthSystem rule, for the constructor and the docs catalogue (`describeRules(SAAS_RULES)`). */
export const SAAS_RULES: ReadonlyArray<SynthRule<SaasSubject>> = [
  WEB_CLIENT_REDIRECTS_RULE,
  GUEST_ACCESS_RULE,
  TENANT_ATTRIBUTES_RULE,
  TENANT_GROUPS_RULE,
  TENANT_GROUP_COUNT_RULE,
];
