import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { HttpAuthorizerSubject } from '../http-authorizer-subject';

export const HTTP_API_AUDIENCE_RULE: SynthRule<HttpAuthorizerSubject> = {
  id: 'CE-API-HTTP-AUDIENCE',
  appliesTo: 'HTTP API authorizer',
  statement: 'a JWT authorizer accepts a token only when its client is in the audience: the audience needs at least one app client',
  source: 'CloudFormation AWS::ApiGatewayV2::Authorizer JWTConfiguration.Audience; API Gateway developer guide, Controlling access to HTTP APIs with JWT authorizers',
  severity: RuleSeverity.ERROR,
  check: ({ clientCount }) => (clientCount === 0 ? [{ prop: 'userPoolClients', value: [], detail: 'no app client yet: add clients before calling httpApiAuthorizer, or pass userPoolClients' }] : []),
};
