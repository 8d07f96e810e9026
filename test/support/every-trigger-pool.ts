import * as cognito from 'aws-cdk-lib/aws-cognito';
import { EnterpriseUserPoolProps } from '../../lib';

/** An EnterpriseUserPool with every bundled trigger on, and the group and client they need. */
export const EVERY_TRIGGER_POOL: EnterpriseUserPoolProps = {
  // A magic link is a single factor, so the pool offers MFA rather than requiring it.
  mfa: cognito.Mfa.OPTIONAL,
  groups: [{ name: 'employees' }],
  appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/auth/callback'] }],
  triggers: {
    preSignUp: { allowedDomains: ['example.com'], blockedDomains: ['blocked.com'], trustedDomains: ['example.com'] },
    postConfirmation: { defaultGroup: 'employees' },
    preTokenGeneration: { claimMapping: { department: 'custom:department' } },
    customMessage: { brandName: 'Example Corp' },
    userMigration: { verifierUrl: 'https://legacy.example.com/verify' },
    magicLink: { baseUrl: 'https://app.example.com/auth/callback', senderAddress: 'no-reply@example.com' },
  },
};
