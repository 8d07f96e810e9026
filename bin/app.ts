#!/usr/bin/env node
import { App, RemovalPolicy, SecretValue, Stack, StackProps, Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks, PCIDSS321Checks } from 'cdk-nag';
import { Construct } from 'constructs';
import { protectedOrdersApis } from './protected-apis';
import { protectedIntranet } from './protected-intranet';
import { createRegionalWebAcl } from './regional-web-acl';
import {
  AuthMonitoring,
  CognitoEnterpriseChecks,
  CustomerPortal,
  EnterpriseSso,
  EnterpriseUserPool,
  InactiveUserPolicy,
  SaasAuthSystem,
  SamlAttributeMappingPreset,
  SocialProvider,
  UserAnalytics,
  UserImportPipeline,
  UserPoolBackup,
} from '../lib';
import { createLogsEncryptionKey } from '../lib/private/logs-encryption-key';

const PLACEHOLDER_CERTIFICATE_ARN = 'arn:aws:acm:eu-west-1:123456789012:certificate/00000000-0000-0000-0000-000000000000';

/** What differs between the environments of the example app. */
interface AuthEnvironment {
  readonly name: string;
  readonly appOrigin: string;
}

const ENVIRONMENTS: AuthEnvironment[] = [
  { name: 'dev', appOrigin: 'http://localhost:3000' },
  { name: 'staging', appOrigin: 'https://staging.app.example.com' },
  { name: 'prod', appOrigin: 'https://app.example.com' },
];

/** The workforce sign-in of one environment. */
class AuthStack extends Stack {
  constructor(scope: Construct, id: string, environment: AuthEnvironment, props?: StackProps) {
    super(scope, id, props);
    const workforce = new EnterpriseUserPool(this, 'Workforce', {
      userPoolName: `example-corp-workforce-${environment.name}`,
      domain: { cognitoDomainPrefix: `example-corp-workforce-${environment.name}` },
      groups: [
        { name: 'admins', description: 'Administrators', precedence: 0 },
        { name: 'employees', description: 'Every employee', precedence: 10 },
      ],
      appClients: [
        {
          name: 'web',
          callbackUrls: [`${environment.appOrigin}/auth/callback`],
          logoutUrls: [`${environment.appOrigin}/`],
        },
        { name: 'mobile' },
      ],
      // A batch job calls the orders API with its own client-credentials token.
      resourceServers: [{ identifier: 'orders', scopes: [{ scopeName: 'read', scopeDescription: 'Read orders' }] }],
      machineClients: [{ name: 'billing-batch', oAuthScopes: [cognito.OAuthScope.custom('orders/read')] }],
      outputs: { ssmParameterPrefix: `/example-corp/${environment.name}/auth` },
      // Each sign-in's time in the pool's last sign-in table, which the inactivity figures and policy read.
      triggers: { lastSignIn: {} },
      tags: { Environment: environment.name, Purpose: 'workforce-identity', ManagedBy: 'cdk-cognito-enterprise' },
    });
    const lastSignInTable = workforce.lastSignInTable!;
    const workforceMonitoring = new AuthMonitoring(this, 'WorkforceMonitoring', { enterpriseUserPool: workforce, activityLogs: {} });
    // Weekly figures of the workforce pool (TotalUsers, confirmation rate, inactive users, …) on its dashboard.
    workforceMonitoring.addUserAnalytics(new UserAnalytics(this, 'WorkforceAnalytics', { userPool: workforce.userPool, lastSignInTable }));
    // PCI DSS 8.2.6: accounts idle for 90 days. Report-only: each weekly run lists whom it would disable
    // until `enforce: true` is set, once the table has recorded sign-ins for 90 days.
    new InactiveUserPolicy(this, 'WorkforceInactiveUsers', { userPool: workforce.userPool, lastSignInTable });
    // Cognito keeps no backup of its own: a daily export of every user, group and membership.
    new UserPoolBackup(this, 'WorkforceBackup', { userPool: workforce.userPool });

    const sso = new EnterpriseSso(this, 'Sso', {
      domain: { cognitoDomainPrefix: `example-corp-sso-${environment.name}` },
      samlProviders: [{
        name: 'EnterpriseADFS',
        metadataUrl: 'https://adfs.example.com/FederationMetadata/2007-06/FederationMetadata.xml',
        preset: SamlAttributeMappingPreset.ADFS,
        identifiers: ['example.com'],
      }],
      oidcProviders: [{
        name: 'PartnerOkta',
        issuerUrl: 'https://partner.okta.com',
        clientId: '0oa1example',
        clientSecret: SecretValue.secretsManager(`example-corp/${environment.name}/partner-okta`),
      }],
      appClients: [{ name: 'intranet', callbackUrls: [`${environment.appOrigin}/sso/callback`] }],
      tags: { Environment: environment.name, Purpose: 'workforce-sso', ManagedBy: 'cdk-cognito-enterprise' },
    });

    const saas = new SaasAuthSystem(this, 'Saas', {
      domain: { cognitoDomainPrefix: `example-saas-${environment.name}` },
      callbackUrls: [`${environment.appOrigin}/saas/callback`],
      logoutUrls: [`${environment.appOrigin}/saas/`],
      tags: { Environment: environment.name, Purpose: 'saas-identity', ManagedBy: 'cdk-cognito-enterprise' },
    });
    acknowledgeOptionalMfa(saas.userPool);
    // Per-tenant user counts of the SaaS pool, weekly, in S3.
    new UserAnalytics(this, 'SaasAnalytics', { userPool: saas.userPool, tenantAttribute: 'custom:tenant_id' });
    // Every access token from the pool's own sign-in grants this scope; a resource server's scope
    // (orders/read) takes its place once the pool defines one.
    const edgeLogsKey = createLogsEncryptionKey(this, 'EdgeLogsKey', 'Encrypts the API access logs and WAF logs', RemovalPolicy.RETAIN);
    const webAcl = createRegionalWebAcl(this, 'EdgeWebAcl', edgeLogsKey);
    protectedOrdersApis(this, saas.pool, ['aws.cognito.signin.user.admin'], edgeLogsKey, webAcl);
    // The certificate is account-specific: pass `-c intranetCertificateArn=arn:aws:acm:...` to deploy.
    protectedIntranet(this, sso.pool, {
      domainName: `intranet.${environment.name}.example.com`,
      certificateArn: this.node.tryGetContext('intranetCertificateArn') ?? PLACEHOLDER_CERTIFICATE_ARN,
    }, webAcl);

    const socialSecrets = secretsmanager.Secret.fromSecretNameV2(this, 'SocialSecrets', `example-corp/${environment.name}/social`);
    const portal = new CustomerPortal(this, 'Customers', {
      brandName: 'Example Shop',
      domain: { cognitoDomainPrefix: `example-shop-${environment.name}` },
      callbackUrls: [`${environment.appOrigin}/shop/callback`],
      logoutUrls: [`${environment.appOrigin}/shop/`],
      socialProviders: [
        { provider: SocialProvider.GOOGLE, clientId: '1234.apps.googleusercontent.com', clientSecret: { secret: socialSecrets, jsonField: 'google' } },
        { provider: SocialProvider.AMAZON, clientId: 'amzn1.application-oa2-client.example', clientSecret: { secret: socialSecrets, jsonField: 'amazon' } },
      ],
      webAcl: { rateLimit: 300 },
      tags: { Environment: environment.name, Purpose: 'customer-identity', ManagedBy: 'cdk-cognito-enterprise' },
    });
    acknowledgeOptionalMfa(portal.userPool);
    // Customers onboarded in bulk (CSV in S3 → Step Functions → AdminCreateUser), with their customer id.
    new UserImportPipeline(this, 'CustomerImport', {
      userPool: portal.userPool,
      allowedAttributes: ['email', 'email_verified', 'given_name', 'family_name', 'phone_number', 'custom:customer_id'],
    });
  }
}

/** Customer-facing pools offer MFA rather than force it: a product decision, recorded for reviewers. */
function acknowledgeOptionalMfa(pool: cognito.UserPool): void {
  Validations.of(pool).acknowledge({
    id: 'AwsSolutions-COG2',
    reason: 'Self-service customers opt in to TOTP MFA; full-function threat protection (PLUS plan) still demands a second factor or blocks sign-in on risky attempts.',
  });
}

/**
 * Builds the example app on `app`: one stack per environment, each checked at synth against the
 * four AWS rule packs and the library's Cognito pack; an error finding fails synth.
 */
export function buildExampleApp(app: App): void {
  Validations.of(app).addPlugins(
    new AwsSolutionsChecks(app),
    new HIPAASecurityChecks(app),
    new NIST80053R5Checks(app),
    new PCIDSS321Checks(app),
    new CognitoEnterpriseChecks(app),
  );
  for (const environment of ENVIRONMENTS) {
    new AuthStack(app, `ExampleCorpAuth-${environment.name}`, environment, {
      env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION ?? 'eu-west-1' },
    });
  }
}

// Run by `cdk synth`; the test suite imports buildExampleApp instead. CloudFormation's built-in
// validation (about 2 s per stack) runs in the suite on this same app
// (test/example-app/example-app.cfn-validation.ts); CDK_VALIDATION=true runs it here too.
if (require.main === module) {
  const app = new App({ builtinCloudFormationValidation: process.env.CDK_VALIDATION === 'true' });
  buildExampleApp(app);
  app.synth();
}
