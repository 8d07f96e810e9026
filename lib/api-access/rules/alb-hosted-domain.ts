import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { AlbActionSubject } from '../alb-action-subject';

export const ALB_HOSTED_DOMAIN_RULE: SynthRule<AlbActionSubject> = {
  id: 'CE-API-ALB-HOSTED-DOMAIN',
  appliesTo: 'ALB authentication',
  statement: 'a load balancer signs users in on the pool\'s hosted domain: give the pool a domain',
  source: 'CloudFormation AWS::ElasticLoadBalancingV2::Listener AuthenticateCognitoConfig.UserPoolDomain (required)',
  severity: RuleSeverity.ERROR,
  check: ({ hasHostedDomain }) => (hasHostedDomain ? [] : [{ prop: 'domain', value: undefined }]),
};
