import { httpsUrlProblem } from '../https-url';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { IdentityProviderSubject } from '../subjects';

const REQUEST_METHODS = ['GET', 'POST'];
const ENDPOINTS = ['oidc_issuer', 'authorize_url', 'token_url', 'attributes_url', 'jwks_uri'];

export const IDP_OIDC_RULE: SynthRule<IdentityProviderSubject> = {
  id: 'CE-IDP-OIDC',
  appliesTo: 'identity provider',
  statement: 'an OIDC provider\'s issuer and endpoints are absolute HTTPS URLs and it requests attributes with GET or POST',
  source: 'Cognito API CreateIdentityProvider ProviderDetails (oidc_issuer, attributes_request_method); developer guide, OIDC IdP prerequisites (HTTPS endpoints only)',
  severity: RuleSeverity.ERROR,
  check: ({ type, details }) => {
    if (type !== 'OIDC') {
      return [];
    }
    const violations: Violation[] = [];
    for (const key of ENDPOINTS.filter((name) => details[name] !== undefined)) {
      const problem = httpsUrlProblem(details[key]);
      if (problem) {
        violations.push({ prop: `providerDetails.${key}`, value: details[key], detail: problem });
      }
    }
    const method = details.attributes_request_method;
    if (method !== undefined && !REQUEST_METHODS.includes(method)) {
      violations.push({ prop: 'providerDetails.attributes_request_method', value: method, detail: 'must be GET or POST' });
    }
    return violations;
  },
};
