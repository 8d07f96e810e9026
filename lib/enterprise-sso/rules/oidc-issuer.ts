import { httpsUrlProblem } from './saml-metadata';
import { ProviderSubject } from './subjects';
import { knownString } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';

export const OIDC_ISSUER_RULE: SynthRule<ProviderSubject> = {
  id: 'CE-SSO-OIDC-ISSUER',
  appliesTo: 'identity provider',
  statement: 'an OIDC issuer URL is an absolute HTTPS URL',
  source: 'Cognito API CreateIdentityProvider ProviderDetails oidc_issuer',
  severity: RuleSeverity.ERROR,
  check: ({ path, oidc }) => {
    const issuerUrl = oidc?.issuerUrl;
    const problem = knownString(issuerUrl) ? httpsUrlProblem(issuerUrl) : undefined;
    return problem ? [{ prop: `${path}.issuerUrl`, value: issuerUrl, detail: problem }] : [];
  },
};
