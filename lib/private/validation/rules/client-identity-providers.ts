import { RuleSeverity, SynthRule } from '../rule';
import { PoolClientSubject } from '../subjects';

export const CLIENT_IDENTITY_PROVIDERS_RULE: SynthRule<PoolClientSubject> = {
  id: 'CE-CLIENT-IDENTITY-PROVIDERS',
  appliesTo: 'app client',
  statement: 'a client names only COGNITO and identity providers registered on its pool',
  source: 'Cognito API CreateUserPoolClient SupportedIdentityProviders (COGNITO, or the name of an IdP of the user pool)',
  severity: RuleSeverity.ERROR,
  check: ({ supportedIdentityProviders, providers }) => {
    const known = ['COGNITO', ...providers.map(({ name }) => name)];
    return supportedIdentityProviders
      .map((name, index) => ({ name, index }))
      .filter(({ name }) => !known.includes(name))
      .map(({ name, index }) => ({
        prop: `supportedIdentityProviders[${index}]`,
        value: name,
        detail: `is not an identity provider of the pool (known: ${known.join(', ')})`,
      }));
  },
};
