import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { protectedOrdersApis } from '../../bin/protected-apis';
import { protectedIntranet } from '../../bin/protected-intranet';
import { createRegionalWebAcl } from '../../bin/regional-web-acl';
import { AuthMonitoring, CustomerPortal, EnterpriseSso, EnterpriseUserPool, SaasAuthSystem, SocialProvider, UserImportPipeline } from '../../lib';
import { createLogsEncryptionKey } from '../../lib/private/logs-encryption-key';
import { ssoProps, OKTA_OIDC } from '../enterprise-sso/fixtures';
import { REDIRECTS } from '../saas-auth-system/saas-fixtures';
import { EVERY_TRIGGER_POOL } from '../support/every-trigger-pool';

const CERTIFICATE_ARN = 'arn:aws:acm:eu-west-1:123456789012:certificate/11111111-2222-3333-4444-555555555555';

/**
 * The main configuration of each construct, built into a given stack so the same scenario can be
 * synthesized with and without the feature flags of a new app.
 */
export const SCENARIOS: Record<string, (stack: Stack) => void> = {
  'EnterpriseUserPool defaults': (stack) => {
    new EnterpriseUserPool(stack, 'Users', {
      appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/callback'] }, { name: 'server', generateSecret: true }],
      domain: { cognitoDomainPrefix: 'example-corp-users' },
      groups: [{ name: 'admins' }],
    });
  },
  'EnterpriseUserPool with every bundled trigger': (stack) => {
    new EnterpriseUserPool(stack, 'Users', EVERY_TRIGGER_POOL);
  },
  'SaasAuthSystem with tenant groups and data grants': (stack) => {
    const system = new SaasAuthSystem(stack, 'Auth', { ...REDIRECTS, tenantGroups: ['acme', 'globex'] });
    system.grantUserS3Objects(s3.Bucket.fromBucketName(stack, 'Files', 'files'));
    system.grantTenantDynamoDbItems(dynamodb.Table.fromTableName(stack, 'Items', 'items'));
  },
  'EnterpriseSso with SAML, OIDC and an identity pool': (stack) => {
    new EnterpriseSso(stack, 'Sso', ssoProps({ oidcProviders: [OKTA_OIDC], identityPool: {} }));
  },
  'CustomerPortal with social providers and a web ACL': (stack) => {
    const secrets = secretsmanager.Secret.fromSecretNameV2(stack, 'SocialSecrets', 'shop/social');
    new CustomerPortal(stack, 'Portal', {
      ...REDIRECTS,
      domain: { cognitoDomainPrefix: 'example-shop' },
      socialProviders: [
        { provider: SocialProvider.GOOGLE, clientId: '1234.apps.googleusercontent.com', clientSecret: { secret: secrets, jsonField: 'google' } },
        { provider: SocialProvider.AMAZON, clientId: 'amzn1.application-oa2-client.example', clientSecret: { secret: secrets, jsonField: 'amazon' } },
      ],
      webAcl: { rateLimit: 300 },
    });
  },
  'UserImportPipeline': (stack) => {
    const users = new EnterpriseUserPool(stack, 'Users');
    new UserImportPipeline(stack, 'Import', { userPool: users.userPool, allowedAttributes: ['email', 'email_verified', 'given_name', 'family_name'] });
  },
  'AuthMonitoring with activity logs and trigger alarms': (stack) => {
    const users = new EnterpriseUserPool(stack, 'Users', { triggers: { preSignUp: { allowedDomains: ['example.com'] }, preTokenGeneration: {} } });
    new AuthMonitoring(stack, 'Monitoring', { enterpriseUserPool: users, activityLogs: {} });
  },
  'API access: machine client, REST and HTTP authorizers, ALB sign-in': (stack) => {
    const users = new EnterpriseUserPool(stack, 'Users', {
      domain: { cognitoDomainPrefix: 'example-corp-api' },
      appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/callback'] }],
      resourceServers: [{ identifier: 'orders', scopes: [{ scopeName: 'read', scopeDescription: 'Read orders' }] }],
      machineClients: [{ name: 'billing-batch', oAuthScopes: [cognito.OAuthScope.custom('orders/read')] }],
    });
    const key = createLogsEncryptionKey(stack, 'EdgeLogsKey', 'Encrypts the API access logs and WAF logs', RemovalPolicy.RETAIN);
    const webAcl = createRegionalWebAcl(stack, 'EdgeWebAcl', key);
    protectedOrdersApis(stack, users, ['orders/read'], key, webAcl);
    protectedIntranet(stack, users, { domainName: 'intranet.example.com', certificateArn: CERTIFICATE_ARN }, webAcl);
  },
};
