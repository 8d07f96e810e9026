import { knownString } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule, Violation } from '../../private/validation/rule';
import { AlbActionSubject } from '../alb-action-subject';

// A host name only: the callback is always https://<host>/oauth2/idpresponse.
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;

export const ALB_CALLBACK_RULE: SynthRule<AlbActionSubject> = {
  id: 'CE-API-ALB-CALLBACK',
  appliesTo: 'ALB authentication',
  statement: 'the callback https://<host>/oauth2/idpresponse needs a host served over HTTPS: a domainName (host name only), or a loadBalancer with an HTTPS listener',
  source: 'Elastic Load Balancing user guide, Authenticate users using an Application Load Balancer (callback URL, HTTPS listener); Cognito API UserPoolClientType CallbackURLs',
  severity: RuleSeverity.ERROR,
  check: ({ domainName, hasLoadBalancer, hasHttpsListener }) => {
    const violations: Violation[] = [];
    if (domainName === undefined && !hasLoadBalancer) {
      violations.push({ prop: 'domainName and loadBalancer', value: 'neither given' });
    }
    if (knownString(domainName) && !HOST_NAME.test(domainName)) {
      violations.push({ prop: 'domainName', value: domainName, detail: 'must be a host name without scheme, port or path' });
    }
    if (domainName === undefined && hasLoadBalancer && hasHttpsListener === false) {
      violations.push({
        prop: 'loadBalancer',
        value: 'no HTTPS listener',
        detail: 'ALB serves /oauth2/idpresponse only on an HTTPS listener: add one, or give domainName',
      });
    }
    return violations;
  },
};
