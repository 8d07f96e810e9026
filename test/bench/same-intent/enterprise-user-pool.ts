import * as cognito from 'aws-cdk-lib/aws-cognito';
import { handWrittenClient, handWrittenDomain, handWrittenPool, writableAttributes } from './hand-written-pool';
import { CALLBACKS, SameIntentScenario } from './scenario';
import { EnterpriseUserPool } from '../../../lib';

/** A workforce pool with a domain, a group, a web client and a mobile client. */
export const ENTERPRISE_USER_POOL: SameIntentScenario = {
  name: 'EnterpriseUserPool',
  library: (scope) => new EnterpriseUserPool(scope, 'Users', {
    domain: { cognitoDomainPrefix: 'bench-users' },
    groups: [{ name: 'employees' }],
    appClients: [{ name: 'web', ...CALLBACKS }, { name: 'mobile' }],
  }),
  handWritten: (scope) => {
    const pool = handWrittenPool(scope, {
      selfSignUp: false,
      mfa: cognito.Mfa.REQUIRED,
      minLength: 12,
      tempPasswordDays: 7,
      signInAliases: { username: true, email: true },
      customAttributes: {
        department: new cognito.StringAttribute({ minLen: 1, maxLen: 256, mutable: true }),
        employee_id: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: false }),
      },
    });
    pool.addGroup('employees', { groupName: 'employees' });
    handWrittenDomain(scope, pool, 'bench-users');
    const writeAttributes = writableAttributes('department');
    handWrittenClient(scope, pool, { name: 'web', ...CALLBACKS, writeAttributes });
    handWrittenClient(scope, pool, { name: 'mobile', writeAttributes });
  },
};
