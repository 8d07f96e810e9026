import * as cognito from 'aws-cdk-lib/aws-cognito';
import { handWrittenClient, handWrittenDomain, handWrittenPool, writableAttributes } from './hand-written-pool';
import { CALLBACKS, SameIntentScenario } from './scenario';
import { CustomerPortal } from '../../../lib';

/** Self-service customer sign-up by email with a hosted domain and one web client. */
export const CUSTOMER_PORTAL: SameIntentScenario = {
  name: 'CustomerPortal',
  library: (scope) => new CustomerPortal(scope, 'Portal', { ...CALLBACKS, domain: { cognitoDomainPrefix: 'bench-shop' } }),
  handWritten: (scope) => {
    const pool = handWrittenPool(scope, {
      selfSignUp: true,
      mfa: cognito.Mfa.OPTIONAL,
      minLength: 8,
      requireSymbols: false,
      requireUppercase: false,
      tempPasswordDays: 7,
      signInAliases: { email: true },
      requireNames: false,
      phoneNumber: true,
      customAttributes: { customer_id: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: false }) },
      messages: { brand: 'our customer portal' },
    });
    handWrittenDomain(scope, pool, 'bench-shop');
    handWrittenClient(scope, pool, { name: 'portal-web', ...CALLBACKS, writeAttributes: writableAttributes() });
  },
};
