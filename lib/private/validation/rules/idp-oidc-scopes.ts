import { RuleSeverity, SynthRule, Violation } from '../rule';
import { IdentityProviderSubject } from '../subjects';

export const IDP_OIDC_SCOPES_RULE: SynthRule<IdentityProviderSubject> = {
  id: 'CE-IDP-OIDC-SCOPES',
  appliesTo: 'identity provider',
  statement: 'an OIDC provider\'s authorize_scopes are separated by spaces and include openid: without it the IdP returns no ID token, which Cognito signs users in with',
  source: 'Cognito API CreateIdentityProvider ProviderDetails authorize_scopes ("openid profile email"); OpenID Connect Core 1.0 §3.1.2.1 (scope must contain openid)',
  severity: RuleSeverity.WARNING,
  check: ({ type, details }) => {
    const scopes = details.authorize_scopes;
    if (type !== 'OIDC' || scopes === undefined) {
      return [];
    }
    const violations: Violation[] = [];
    if (scopes.includes(',')) {
      violations.push({ prop: 'providerDetails.authorize_scopes', value: scopes, detail: 'scopes are separated by spaces, not commas' });
    }
    if (!scopes.split(/\s+/).includes('openid')) {
      violations.push({ prop: 'providerDetails.authorize_scopes', value: scopes, detail: 'does not include openid' });
    }
    return violations;
  },
};
