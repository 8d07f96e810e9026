import { Token } from 'aws-cdk-lib';
import { LifecycleSubject } from './lifecycle-subject';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';

export const LIFECYCLE_REPORT_PREFIX_RULE: SynthRule<LifecycleSubject> = {
  id: 'CE-LIFECYCLE-REPORT-PREFIX',
  appliesTo: 'user analytics, inactive-user policy',
  statement: 'reportPrefix must be 1–512 characters ending in "/", without a leading "/": the IAM policies and the expiry rule name objects under it',
  source: 'Amazon S3 object keys (at most 1024 bytes); S3 lifecycle rule prefix filter',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const prefix = props.reportPrefix;
    return prefix !== undefined && !Token.isUnresolved(prefix) && (prefix.length < 1 || prefix.length > 512 || !prefix.endsWith('/') || prefix.startsWith('/'))
      ? [{ prop: 'reportPrefix', value: prefix }]
      : [];
  },
};
