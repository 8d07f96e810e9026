import { App, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { EnterpriseTriggers, EnterpriseTriggersProps } from '../../../lib/triggers/enterprise-triggers';

/** Options that turn every bundled trigger on. */
export const ALL_TRIGGERS: Omit<EnterpriseTriggersProps, 'userPool'> = {
  preSignUp: { allowedDomains: ['example.com', 'partner.example.org'], blockedDomains: ['blocked.com'], trustedDomains: ['example.com'] },
  postConfirmation: { defaultGroup: 'users', tenantGroupTemplate: 'tenant-{tenantId}' },
  preTokenGeneration: { claimMapping: { department: 'custom:department' }, accessTokenScopes: ['api/read'] },
  customMessage: { brandName: 'Example Corp' },
  userMigration: { verifierUrl: 'https://legacy.example.com/verify' },
  magicLink: { baseUrl: 'https://app.example.com/sign-in', senderAddress: 'no-reply@example.com' },
};

/** A stack with a PLUS pool (unless the pool props say otherwise) and the triggers built from the given options. */
export function triggersStack(options: Omit<EnterpriseTriggersProps, 'userPool'> = ALL_TRIGGERS, poolProps: cognito.UserPoolProps = {}) {
  const app = new App();
  const stack = new Stack(app, 'Stack', { env: { account: '111111111111', region: 'eu-west-1' } });
  const userPool = new cognito.UserPool(stack, 'Pool', { featurePlan: cognito.FeaturePlan.PLUS, ...poolProps });
  const triggers = new EnterpriseTriggers(stack, 'Triggers', { userPool, ...options });
  return { app, stack, userPool, triggers };
}
