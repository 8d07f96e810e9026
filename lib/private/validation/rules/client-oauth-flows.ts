import * as cognito from 'aws-cdk-lib/aws-cognito';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { ClientSubject } from '../subjects';

const STANDARD_SCOPES = new Set(['openid', 'email', 'phone', 'profile', 'aws.cognito.signin.user.admin']);

export const CLIENT_OAUTH_FLOWS_RULE: SynthRule<ClientSubject> = {
  id: 'CE-CLIENT-OAUTH-FLOWS',
  appliesTo: 'app client',
  statement: 'authorization code and implicit grants need at least one callback URL; client_credentials stands alone, needs a client secret and only resource-server scopes',
  source: 'Cognito API CreateUserPoolClient AllowedOAuthFlows, CallbackURLs',
  severity: RuleSeverity.ERROR,
  check: ({ options, given, oAuthEnabled }) => {
    const violations: Violation[] = [];
    // Without callback URLs the default grant is simply off; a grant asked for by name would be dropped.
    const asked = given?.oAuthFlows ?? {};
    if ((asked.authorizationCodeGrant || asked.implicitCodeGrant) && (options.callbackUrls ?? []).length === 0) {
      violations.push({
        prop: 'oAuthFlows',
        value: asked,
        detail: 'the authorization code and implicit grants need at least one callback URL: add callbackUrls, or leave oAuthFlows unset for a client without OAuth',
      });
    }
    if (!oAuthEnabled) {
      return violations;
    }
    const flows = options.oAuthFlows ?? {};
    const userFlows = flows.authorizationCodeGrant || flows.implicitCodeGrant;
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
