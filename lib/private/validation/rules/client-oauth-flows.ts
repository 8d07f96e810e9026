import * as cognito from 'aws-cdk-lib/aws-cognito';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { ClientSubject } from '../subjects';

const STANDARD_SCOPES = new Set(['openid', 'email', 'phone', 'profile', 'aws.cognito.signin.user.admin']);

export const CLIENT_OAUTH_FLOWS_RULE: SynthRule<ClientSubject> = {
  id: 'CE-CLIENT-OAUTH-FLOWS',
  appliesTo: 'app client',
  statement: 'authorization code and implicit grants need at least one callback URL; client_credentials stands alone, needs a client secret and only resource-server scopes',
  source: 'Cognito API CreateUserPoolClient AllowedOAuthFlows',
  severity: RuleSeverity.ERROR,
  check: ({ options, oAuthEnabled }) => {
    if (!oAuthEnabled) {
      return [];
    }
    const flows = options.oAuthFlows ?? {};
    const violations: Violation[] = [];
    const userFlows = flows.authorizationCodeGrant || flows.implicitCodeGrant;
    if (userFlows && (options.callbackUrls ?? []).length === 0) {
      violations.push({ prop: 'callbackUrls', value: options.callbackUrls ?? [], detail: 'the authorization code and implicit grants need at least one callback URL' });
    }
    if (flows.clientCredentials) {
      if (userFlows) {
        violations.push({ prop: 'oAuthFlows', value: flows, detail: 'client_credentials cannot be combined with other OAuth flows' });
      }
      if (!options.generateSecret) {
        violations.push({ prop: 'generateSecret', value: options.generateSecret ?? false, detail: 'client_credentials needs a client secret' });
      }
      const scopes = (options.oAuthScopes ?? []).map((scope: cognito.OAuthScope) => scope.scopeName);
      const standard = scopes.filter((scope) => STANDARD_SCOPES.has(scope));
      if (scopes.length === 0 || standard.length > 0) {
        violations.push({ prop: 'oAuthScopes', value: scopes, detail: 'client_credentials needs resource-server scopes only (no openid, email, phone, profile or aws.cognito.signin.user.admin)' });
      }
    }
    return violations;
  },
};
