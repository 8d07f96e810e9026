import * as cognito from 'aws-cdk-lib/aws-cognito';
import { knownString } from '../resolved';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { ClientScopesSubject } from '../subjects';

const STANDARD_SCOPES = new Set(['openid', 'email', 'phone', 'profile', 'aws.cognito.signin.user.admin']);

export const CLIENT_RESOURCE_SCOPES_RULE: SynthRule<ClientScopesSubject> = {
  id: 'CE-CLIENT-RESOURCE-SCOPES',
  appliesTo: 'app client',
  statement: 'an OAuth scope is openid, email, phone, profile, aws.cognito.signin.user.admin or <identifier>/<scope> of a resource server of the same pool',
  source: 'Cognito API CreateUserPoolClient AllowedOAuthScopes (ScopeDoesNotExistException); CreateResourceServer Identifier, Scopes',
  severity: RuleSeverity.ERROR,
  check: ({ options, resourceServers }) => {
    if (resourceServers === undefined) {
      return [];
    }
    const defined = new Set(resourceServers.flatMap((server) => server.scopes.map((scope) => `${server.identifier}/${scope.scopeName}`)));
    const known = resourceServers.map((server) => server.identifier).join(', ') || 'none';
    const violations: Violation[] = [];
    (options.oAuthScopes ?? []).forEach((scope: cognito.OAuthScope, index) => {
      const name = scope.scopeName;
      if (knownString(name) && !STANDARD_SCOPES.has(name) && !defined.has(name)) {
        violations.push({ prop: `oAuthScopes[${index}]`, value: name, detail: `is neither a standard scope nor a scope of a resource server of the pool (resource servers: ${known})` });
      }
    });
    return violations;
  },
};
