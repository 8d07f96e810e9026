import { SsoSubject } from './subjects';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';

export const PROVIDERS_REQUIRED_RULE: SynthRule<SsoSubject> = {
  id: 'CE-SSO-PROVIDERS-REQUIRED',
  appliesTo: 'enterprise SSO',
  statement: 'an enterprise SSO pool has at least one SAML or OIDC provider',
  source: 'cdk-cognito-enterprise: federated sign-in is what the construct is for',
  severity: RuleSeverity.ERROR,
  check: ({ providers }) => (providers.length === 0 ? [{ prop: 'samlProviders', value: [] }] : []),
};
