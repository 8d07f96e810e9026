import { SsoClientSubject } from './subjects';
import { knownString } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';

export const CLIENT_PROVIDERS_RULE: SynthRule<SsoClientSubject> = {
  id: 'CE-SSO-CLIENT-PROVIDERS',
  appliesTo: 'app client',
  statement: 'an app client names only COGNITO and identity providers of its pool',
  source: 'Cognito API CreateUserPoolClient SupportedIdentityProviders',
  severity: RuleSeverity.ERROR,
  check: ({ providerNames, knownNames }) => providerNames.flatMap((name, index) => (knownString(name) && !knownNames.includes(name)
    ? [{ prop: `supportedIdentityProviders[${index}]`, value: name, detail: `is not a provider of the pool (known: ${knownNames.join(', ')})` }]
    : [])),
};
