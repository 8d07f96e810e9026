import { SsoSubject } from './subjects';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';

export const DOMAIN_REQUIRED_RULE: SynthRule<SsoSubject> = {
  id: 'CE-SSO-DOMAIN-REQUIRED',
  appliesTo: 'enterprise SSO',
  statement: 'federated sign-in needs a hosted domain: SAML responses (/saml2/idpresponse) and OIDC redirects (/oauth2/idpresponse) arrive on it',
  source: 'Cognito developer guide: SAML IdP things to know, ACS endpoint',
  severity: RuleSeverity.ERROR,
  check: ({ hasDomain }) => (hasDomain ? [] : [{ prop: 'domain', value: undefined }]),
};
