import { RuleSeverity, SynthRule } from '../rule';
import { PoolClientSubject } from '../subjects';

export const CLIENT_REQUIRED_ATTRIBUTES_RULE: SynthRule<PoolClientSubject> = {
  id: 'CE-CLIENT-REQUIRED-ATTRIBUTES',
  appliesTo: 'app client',
  statement: 'a client that signs users up (self sign-up) or federates them can write every required attribute: a new user must be given each one, and Cognito refuses attributes the client may not write',
  source: 'Cognito API SignUp UserAttributes (NotAuthorizedException "A client attempted to write unauthorized attribute"); UserPoolClientType WriteAttributes',
  severity: RuleSeverity.WARNING,
  check: ({ writeAttributes, supportedIdentityProviders, selfSignUpEnabled, schema }) => {
    const createsUsers = selfSignUpEnabled || supportedIdentityProviders.some((name) => name !== 'COGNITO');
    if (!createsUsers || writeAttributes === undefined) {
      return [];
    }
    return schema.required
      .filter((attribute) => !writeAttributes.includes(attribute))
      .map((attribute) => ({ prop: 'writeAttributes', value: writeAttributes, detail: `lacks the required ${attribute}` }));
  },
};
