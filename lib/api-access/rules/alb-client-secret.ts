import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { AlbActionSubject } from '../alb-action-subject';

export const ALB_CLIENT_SECRET_RULE: SynthRule<AlbActionSubject> = {
  id: 'CE-API-ALB-CLIENT-SECRET',
  appliesTo: 'ALB authentication',
  statement: 'a load balancer redeems the authorization code as a confidential client: its app client needs a secret (generateSecret: true)',
  source: 'Elastic Load Balancing user guide, Authenticate users using an Application Load Balancer (Cognito app client with a client secret); Cognito API UserPoolClientType ClientSecret',
  severity: RuleSeverity.ERROR,
  check: ({ clientHasSecret }) => (clientHasSecret === false ? [{ prop: 'userPoolClient', value: 'a client without a secret' }] : []),
};
