import { RuleSeverity, SynthRule, Violation } from '../rule';
import { TokenEndpointSubject } from '../subjects';

export const MACHINE_CLIENT_DOMAIN_RULE: SynthRule<TokenEndpointSubject> = {
  id: 'CE-M2M-DOMAIN',
  appliesTo: 'user pool',
  statement: 'a pool with a client_credentials (machine-to-machine) client should have a domain: such clients get tokens only from the domain\'s /oauth2/token endpoint',
  source: 'Cognito developer guide, The token endpoint (POST /oauth2/token with grant_type=client_credentials); API CreateUserPoolDomain',
  // Cognito creates such a client without a domain; it just cannot get a token until one exists.
  severity: RuleSeverity.WARNING,
  check: ({ clientNames, hasDomain }) => {
    const violations: Violation[] = [];
    if (clientNames.length > 0 && !hasDomain) {
      violations.push({
        prop: 'domain',
        value: undefined,
        detail: `the client_credentials clients ${clientNames.map((name) => `"${name}"`).join(', ')} get tokens only from the token endpoint of the pool's domain: set domain (a Cognito prefix or a custom domain)`,
      });
    }
    return violations;
  },
};
