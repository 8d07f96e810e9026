import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kms from 'aws-cdk-lib/aws-kms';
import { InactiveUserPolicy, InactiveUserPolicyProps, UserAnalytics, UserAnalyticsProps } from '../../../lib/operations';

/**
 * A stack with a pool (groups `admins` and `support`), a last-sign-in table as the contract
 * describes it (key `sub`, customer-managed key, PITR, on-demand, retained), a UserAnalytics and
 * an InactiveUserPolicy for it.
 */
export function lifecycleStack(analytics: Partial<UserAnalyticsProps> = {}, policy: Partial<InactiveUserPolicyProps> = {}) {
  const app = new App();
  const stack = new Stack(app, 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
  const userPool = new cognito.UserPool(stack, 'Pool');
  for (const name of ['admins', 'support']) {
    new cognito.UserPoolGroup(stack, `Group-${name}`, { userPool, groupName: name });
  }
  const lastSignInTable = new dynamodb.TableV2(stack, 'LastSignIn', {
    partitionKey: { name: 'sub', type: dynamodb.AttributeType.STRING },
    encryption: dynamodb.TableEncryptionV2.customerManagedKey(new kms.Key(stack, 'TableKey', { enableKeyRotation: true })),
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    removalPolicy: RemovalPolicy.RETAIN,
  });
  const userAnalytics = new UserAnalytics(stack, 'Analytics', { userPool, lastSignInTable, tenantAttribute: 'custom:tenant_id', ...analytics });
  const inactiveUserPolicy = new InactiveUserPolicy(stack, 'Inactive', { userPool, lastSignInTable, exemptGroups: ['admins'], ...policy });
  return { app, stack, userPool, lastSignInTable, userAnalytics, inactiveUserPolicy };
}
