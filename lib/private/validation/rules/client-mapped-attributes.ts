import { RuleSeverity, SynthRule, Violation } from '../rule';
import { PoolClientSubject } from '../subjects';

/** Cognito's own link between a federated user and their IdP username, not an attribute a client writes. */
const NOT_WRITTEN = ['username'];

export const CLIENT_MAPPED_ATTRIBUTES_RULE: SynthRule<PoolClientSubject> = {
  id: 'CE-CLIENT-MAPPED-ATTRIBUTES',
  appliesTo: 'app client',
  statement: 'a client can write every attribute that an identity provider it supports maps: Cognito rewrites mapped attributes at each federated sign-in and refuses the sign-in when the client lacks write access',
  source: 'Cognito API CreateUserPoolClient / UserPoolClientType WriteAttributes ("this array must include all attributes that you have mapped to IdP attributes")',
  severity: RuleSeverity.ERROR,
  check: ({ supportedIdentityProviders, writeAttributes, schema, providers }) => {
    // Without a list, Cognito lets the client write the standard attributes and no custom one.
    const writable = new Set(writeAttributes ?? Object.keys(schema.mutable).filter((name) => !name.startsWith('custom:')));
    const violations: Violation[] = [];
    supportedIdentityProviders.forEach((name, index) => {
      const provider = providers.find((candidate) => candidate.name === name);
      for (const attribute of Object.keys(provider?.attributeMapping ?? {})) {
        if (!NOT_WRITTEN.includes(attribute) && !writable.has(attribute)) {
          violations.push({
            prop: `supportedIdentityProviders[${index}]`,
            value: name,
            detail: `maps ${attribute} (attributeMapping.${attribute}), which the client cannot write: federated sign-in through ${name} fails until writeAttributes includes it (a client's default includes what the providers registered before it map)`,
          });
        }
      }
    });
    return violations;
  },
};
