import { PortalSubject } from './portal-subject';
import { isKnown, knownNumber, knownString } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule, Violation } from '../../private/validation/rule';

const WINDOWS_SECONDS = [60, 120, 300, 600];
const REGIONAL_WEB_ACL_ARN = /^arn:aws[a-z-]*:wafv2:[a-z0-9-]+:\d{12}:regional\/webacl\/[^/]+\/[^/]+$/;

export const PORTAL_WEB_ACL_RULE: SynthRule<PortalSubject> = {
  id: 'CE-PORTAL-WEB-ACL',
  appliesTo: 'customer portal',
  statement: 'a web ACL for a user pool is REGIONAL; its rate limit is an integer from 10 to 2,000,000,000 over a 1, 2, 5 or 10 minute window; settings of a created web ACL do not apply to webAclArn',
  source: 'AWS WAF API RateBasedStatement; Cognito developer guide, AWS WAF web ACLs',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const options = props.webAcl;
    if (options === undefined) {
      return [];
    }
    const violations: Violation[] = [];
    const limit = options.rateLimit;
    if (knownNumber(limit) && (!Number.isInteger(limit) || limit < 10 || limit > 2_000_000_000)) {
      violations.push({ prop: 'webAcl.rateLimit', value: limit });
    }
    const window = options.evaluationWindow;
    if (window !== undefined && isKnown(window) && !WINDOWS_SECONDS.includes(window.toSeconds({ integral: false }))) {
      violations.push({ prop: 'webAcl.evaluationWindow', value: window, detail: 'must be 1, 2, 5 or 10 minutes' });
    }
    if (options.webAclArn !== undefined) {
      if (knownString(options.webAclArn) && !REGIONAL_WEB_ACL_ARN.test(options.webAclArn)) {
        violations.push({ prop: 'webAcl.webAclArn', value: options.webAclArn, detail: 'must be the ARN of a REGIONAL web ACL (arn:aws:wafv2:<region>:<account>:regional/webacl/<name>/<id>)' });
      }
      for (const field of ['rateLimit', 'evaluationWindow', 'logRetention'] as const) {
        if (options[field] !== undefined) {
          violations.push({ prop: `webAcl.${field}`, value: options[field], detail: 'applies only to a web ACL the portal creates, not to webAclArn' });
        }
      }
    }
    return violations;
  },
};
