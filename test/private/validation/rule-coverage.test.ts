import { Duration, RemovalPolicy, SecretValue, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { EnterpriseAppClientOptions, EnterpriseUserPool, EnterpriseUserPoolProps } from '../../../lib';
import { CustomerPortal, SocialProvider } from '../../../lib/customer-portal';
import { EnterpriseSso } from '../../../lib/enterprise-sso';
import { AuthMonitoring } from '../../../lib/monitoring';
import { APP_RESPONSE, loadBalancer, protectingPool } from '../../api-access/fixtures';
import { MINIMAL_PORTAL, portalStack, portalWithProviders, socialProviderOptions } from '../../customer-portal/portal-fixtures';
import { ADFS, OKTA_OIDC, ssoProps } from '../../enterprise-sso/fixtures';
import { monitoredImportedPool, monitoredPool } from '../../monitoring/monitoring-fixtures';
import { backupStack } from '../../operations/support/backup-stack';
import { importPipelineStack } from '../../operations/support/import-pipeline-stack';
import { lifecycleStack } from '../../operations/support/lifecycle-stack';
import { saasSystem } from '../../saas-auth-system/saas-fixtures';
import { allRules } from '../../support/all-rules';
import { testStack } from '../../support/test-stack';

/** Builds something that breaks one rule; it may throw while building or when synthesized. */
type Trigger = () => Stack;

const SES = cognito.UserPoolEmail.withSES({ fromEmail: 'no-reply@example.com', sesVerifiedDomain: 'example.com' });
const WEB = { name: 'web', callbackUrls: ['https://app.example.com/callback'] };

function pool(props: EnterpriseUserPoolProps, stack: Stack = testStack()): Stack {
  new EnterpriseUserPool(stack, 'Users', props);
  return stack;
}

function sso(props: Parameters<typeof ssoProps>[0]): Stack {
  const stack = testStack();
  new EnterpriseSso(stack, 'Sso', ssoProps(props));
  return stack;
}

/** A pool with a SAML provider registered on it by hand, as an application stack would. */
function samlPool(
  mapping: cognito.AttributeMapping, metadataUrl = 'https://idp.example.com/metadata', poolProps: EnterpriseUserPoolProps = {},
  client?: Partial<EnterpriseAppClientOptions>,
): Stack {
  const stack = testStack();
  const users = new EnterpriseUserPool(stack, 'Users', poolProps);
  new cognito.UserPoolIdentityProviderSaml(stack, 'Corp', {
    userPool: users.userPool,
    name: 'CorpSaml',
    metadata: cognito.UserPoolIdentityProviderSamlMetadata.url(metadataUrl),
    attributeMapping: mapping,
  });
  if (client) {
    users.addAppClient({ ...WEB, supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom('CorpSaml')], ...client });
  }
  return stack;
}

function oidcPool(overrides: Partial<cognito.UserPoolIdentityProviderOidcProps>): Stack {
  const stack = testStack();
  const users = new EnterpriseUserPool(stack, 'Users');
  new cognito.UserPoolIdentityProviderOidc(stack, 'Partner', {
    userPool: users.userPool,
    name: 'PartnerOidc',
    issuerUrl: 'https://login.partner.example.com',
    clientId: 'partner-client',
    clientSecret: SecretValue.secretsManager('partner/oidc').unsafeUnwrap(),
    ...overrides,
  });
  return stack;
}

const MAIL = { email: cognito.ProviderAttribute.other('mail') };

/** One configuration per rule id, across every construct, that makes exactly that rule fire. */
const TRIGGERS: { [ruleId: string]: Trigger } = {
  'CE-POOL-NAME': () => pool({ userPoolName: 'bad/name' }),
  'CE-PASSWORD-LENGTH': () => pool({ passwordPolicy: { minLength: 5 } }),
  'CE-PASSWORD-TEMPORARY-VALIDITY': () => pool({ passwordPolicy: { tempPasswordValidity: Duration.days(366) } }),
  'CE-PASSWORD-HISTORY': () => pool({ passwordPolicy: { passwordHistorySize: 25 } }),
  'CE-PLAN-THREAT-PROTECTION': () => pool({ featurePlan: cognito.FeaturePlan.ESSENTIALS, customThreatProtectionMode: cognito.CustomThreatProtectionMode.AUDIT_ONLY }),
  'CE-SCHEMA-CUSTOM-ATTRIBUTES': () => pool({ customAttributes: { a_very_long_attribute_name: new cognito.StringAttribute() } }),
  'CE-MESSAGE-VERIFICATION': () => pool({ userVerification: { emailBody: 'Welcome aboard!' } }),
  'CE-MESSAGE-INVITATION': () => pool({ userInvitation: { emailBody: 'Your password is {####}' } }),
  'CE-MFA-FACTORS': () => pool({ mfaSecondFactor: { otp: false, sms: false } }),
  'CE-PASSWORDLESS': () => pool({ mfa: cognito.Mfa.OPTIONAL, passwordless: {} }),
  'CE-POOL-RETENTION': () => pool({ removalPolicy: RemovalPolicy.DESTROY }, new Stack(undefined, 'auth-prod')),
  'CE-TRIGGER-COMBINATIONS': () => pool({ triggers: { customMessage: {} }, userVerification: { emailStyle: cognito.VerificationEmailStyle.LINK } }),
  'CE-TRIGGER-POST-AUTHENTICATION': () => {
    const stack = testStack();
    const own = new lambda.Function(stack, 'OwnPostAuth', {
      runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async (e) => e;'),
    });
    return pool({ lambdaTriggers: { postAuthentication: own }, triggers: { lastSignIn: {} } }, stack);
  },
  'CE-TRIGGER-RISKS': () => pool({ selfSignUpEnabled: true, triggers: { preSignUp: { trustedDomains: ['example.com'] } } }),
  'CE-POOL-TAGS': () => pool({ tags: { 'aws:team': 'identity' } }),
  'CE-SCHEMA-CUSTOM-ATTRIBUTE-CONSTRAINTS': () => pool({ customAttributes: { age: new cognito.NumberAttribute({ min: 18, max: 1 }) } }),
  'CE-PASSKEY-RELYING-PARTY': () => pool({ mfa: cognito.Mfa.OPTIONAL, passwordless: { passkeys: true, passkeyRelyingPartyId: 'https://auth.example.com' } }),
  'CE-PASSKEY-RELYING-PARTY-DOMAIN': () => {
    const stack = testStack();
    const certificate = acm.Certificate.fromCertificateArn(stack, 'Cert', 'arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555');
    return pool({
      mfa: cognito.Mfa.OPTIONAL,
      passwordless: { passkeys: true, passkeyRelyingPartyId: 'app.example.com' },
      domain: { customDomainName: 'auth.example.com', certificate },
    }, stack);
  },
  'CE-PASSKEY-DOMAIN': () => pool({ mfa: cognito.Mfa.OPTIONAL, passwordless: { passkeys: true } }),
  'CE-CLIENT-NAME': () => pool({ appClients: [{ name: 'web/app' }] }),
  'CE-CLIENT-TOKEN-VALIDITY': () => pool({ appClients: [{ name: 'web', accessTokenValidity: Duration.minutes(4) }] }),
  'CE-CLIENT-AUTH-SESSION': () => pool({ appClients: [{ name: 'web', authSessionValidity: Duration.minutes(16) }] }),
  'CE-CLIENT-REDIRECT-URLS': () => pool({ appClients: [{ name: 'web', callbackUrls: ['http://app.example.com/callback'] }] }),
  'CE-CLIENT-OAUTH-FLOWS': () => pool({ appClients: [{ name: 'batch', oAuthFlows: { clientCredentials: true }, generateSecret: true }] }),
  'CE-CLIENT-CONTEXT-DATA': () => pool({ appClients: [{ name: 'spa', enablePropagateAdditionalUserContextData: true }] }),
  'CE-CLIENT-IMPLICIT-GRANT': () => pool({ appClients: [{ ...WEB, oAuthFlows: { implicitCodeGrant: true } }] }),
  'CE-CLIENT-LIMITS': () => pool({ appClients: [{ name: 'web', callbackUrls: Array.from({ length: 101 }, (_, i) => `https://app.example.com/cb/${i}`) }] }),
  'CE-CLIENT-USER-AUTH-PLAN': () => pool({ featurePlan: cognito.FeaturePlan.LITE, appClients: [{ name: 'web', authFlows: { user: true } }] }),
  'CE-DOMAIN-CHOICE': () => pool({ domain: {} }),
  'CE-DOMAIN-PREFIX': () => pool({ domain: { cognitoDomainPrefix: 'My_Users' } }),
  'CE-DOMAIN-CERTIFICATE': () => pool({ domain: { customDomainName: 'auth.example.com' } }),
  'CE-DOMAIN-CUSTOM-NAME': () => {
    const stack = testStack();
    const certificate = acm.Certificate.fromCertificateArn(stack, 'Cert', 'arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555');
    return pool({ domain: { customDomainName: 'Auth.Example.com', certificate } }, stack);
  },
  'CE-GROUP': () => pool({ groups: [{ name: 'Tenant Admins' }] }),
  'CE-RESOURCE-SERVER': () => {
    const stack = testStack();
    const users = new EnterpriseUserPool(stack, 'Users', {});
    users.userPool.addResourceServer('Api', { identifier: 'orders api', scopes: [] });
    return stack;
  },
  'CE-CLIENT-RESOURCE-SCOPES': () => pool({ appClients: [{ ...WEB, oAuthScopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.custom('orders/read')] }] }),
  'CE-M2M-DOMAIN': () => pool({
    resourceServers: [{ identifier: 'orders', scopes: [{ scopeName: 'read', scopeDescription: 'Read orders' }] }],
    machineClients: [{ name: 'batch', oAuthScopes: [cognito.OAuthScope.custom('orders/read')] }],
  }),
  'CE-IDENTITY-POOL-NAME': () => saasSystem({ identityPoolName: 'tenants/identities' }).stack,
  'CE-SAAS-WEB-REDIRECTS': () => saasSystem({ callbackUrls: [] }).stack,
  'CE-SAAS-GUEST-ACCESS': () => saasSystem({ allowGuestAccess: true }).stack,
  'CE-SAAS-TENANT-ATTRIBUTES': () => saasSystem({ adminOnlyAttributes: ['tenant_id'] }).stack,
  'CE-SAAS-TENANT-GROUPS': () => saasSystem({ tenantGroups: ['acme corp'] }).stack,
  'CE-SAAS-TENANT-GROUP-COUNT': () => saasSystem({ tenantGroups: Array.from({ length: 26 }, (_, i) => `t${i}`) }).stack,
  'CE-SSO-PROVIDERS-REQUIRED': () => sso({ samlProviders: [] }),
  'CE-SSO-DOMAIN-REQUIRED': () => sso({ domain: undefined }),
  'CE-SSO-PROVIDER-NAMES-UNIQUE': () => sso({ oidcProviders: [{ ...OKTA_OIDC, name: 'EnterpriseADFS' }] }),
  'CE-SSO-IDP-IDENTIFIERS-UNIQUE': () => sso({ oidcProviders: [{ ...OKTA_OIDC, identifiers: ['example.com'] }] }),
  'CE-SSO-PROVIDER-NAME': () => sso({ samlProviders: [{ ...ADFS, name: 'COGNITO' }] }),
  'CE-SSO-SAML-METADATA': () => sso({ samlProviders: [{ ...ADFS, metadataUrl: 'http://adfs.example.com/metadata.xml' }] }),
  'CE-SSO-OIDC-ISSUER': () => sso({ samlProviders: undefined, oidcProviders: [{ ...OKTA_OIDC, issuerUrl: 'http://example.okta.com' }] }),
  'CE-SSO-OIDC-CLIENT-SECRET': () => sso({ samlProviders: undefined, oidcProviders: [{ ...OKTA_OIDC, clientSecret: SecretValue.unsafePlainText('hunter2') }] }),
  'CE-SSO-IDP-IDENTIFIERS': () => sso({ samlProviders: [{ ...ADFS, identifiers: ['a'.repeat(41)] }] }),
  'CE-SSO-ATTRIBUTE-MAPPING': () => sso({ samlProviders: [{ ...ADFS, attributeMapping: { custom: { 'custom:cost_center': cognito.ProviderAttribute.other('cc') } } }] }),
  'CE-SSO-REQUIRED-ATTRIBUTES-MAPPED': () => sso({ samlProviders: [{ ...ADFS, preset: undefined, attributeMapping: { email: cognito.ProviderAttribute.other('mail') } }] }),
  'CE-SSO-CLIENT-PROVIDERS': () => sso({ appClients: [{ ...WEB, supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom('Okta')] }] }),
  'CE-SSO-CLIENT-OAUTH': () => sso({ appClients: [{ name: 'mobile' }] }),
  'CE-SSO-IDENTITY-POOL': () => sso({ identityPool: { rules: [] } }),
  'CE-PORTAL-DOMAIN': () => portalStack({ domain: undefined }).stack,
  'CE-PORTAL-REDIRECT-URLS': () => portalStack({ callbackUrls: [] }).stack,
  'CE-PORTAL-SOCIAL-PROVIDER-KNOWN': () => portalWithProviders([SocialProvider.GOOGLE], { provider: 'Twitter' as SocialProvider }).stack,
  'CE-PORTAL-SOCIAL-PROVIDER-UNIQUE': () => portalWithProviders([SocialProvider.GOOGLE, SocialProvider.GOOGLE]).stack,
  'CE-PORTAL-SOCIAL-PROVIDER-CREDENTIALS': () => portalWithProviders([SocialProvider.GOOGLE], { clientSecret: undefined }).stack,
  'CE-PORTAL-SOCIAL-ATTRIBUTE-MAPPING': () => portalWithProviders([SocialProvider.GOOGLE], { attributeMapping: { emailVerified: cognito.ProviderAttribute.GOOGLE_EMAIL_VERIFIED } }).stack,
  'CE-PORTAL-WEB-ACL': () => portalStack({ webAcl: { rateLimit: 5 } }).stack,
  'CE-MONITORING-POOL': () => {
    const stack = testStack();
    new AuthMonitoring(stack, 'Monitoring', {});
    return stack;
  },
  'CE-MONITORING-AUTH-EVENTS-PLAN': () => monitoredImportedPool({ featurePlan: cognito.FeaturePlan.ESSENTIALS, activityLogs: { userAuthEvents: true } }).stack,
  'CE-MONITORING-LOG-SOURCES': () => monitoredImportedPool({ activityLogs: { userNotification: false } }).stack,
  'CE-MONITORING-ALARM-PERIODS': () => monitoredPool({ throttleAlarm: { evaluationPeriods: 0 } }).stack,
  'CE-MONITORING-ALARM-THRESHOLD': () => monitoredPool({ triggerThrottleAlarm: { threshold: -1 } }).stack,
  'CE-MONITORING-TRIGGER-DURATION': () => monitoredPool({ triggerDurationAlarm: { threshold: 5000 } }).stack,
  'CE-MONITORING-LOG-GROUP': () => {
    const stack = testStack();
    const logGroup = logs.LogGroup.fromLogGroupArn(stack, 'Activity', 'arn:aws:logs:eu-west-1:210987654321:log-group:activity:*');
    new AuthMonitoring(stack, 'Monitoring', { enterpriseUserPool: new EnterpriseUserPool(stack, 'Users'), activityLogs: { logGroup } });
    return stack;
  },
  'CE-IMPORT-MAX-CONCURRENCY': () => importPipelineStack({ maxConcurrency: 51 }).stack,
  'CE-LIFECYCLE-REQUEST-RATE': () => lifecycleStack({ listRequestsPerSecond: 31 }).stack,
  'CE-LIFECYCLE-CONCURRENCY': () => lifecycleStack({}, { maxConcurrency: 31 }).stack,
  'CE-LIFECYCLE-DAYS': () => lifecycleStack({ recentDays: 0 }).stack,
  'CE-LIFECYCLE-SCHEDULE': () => lifecycleStack({ schedule: scheduler.ScheduleExpression.expression('rate(30 minutes)') }).stack,
  'CE-LIFECYCLE-REPORT-PREFIX': () => lifecycleStack({}, { reportPrefix: '/reports/' }).stack,
  'CE-INACTIVE-DAYS-PCI': () => lifecycleStack({}, { inactiveDays: 365 }).stack,
  'CE-INACTIVE-DISABLE-RATE': () => lifecycleStack({}, { disableRequestsPerSecond: 0 }).stack,
  'CE-INACTIVE-EXEMPT-GROUPS': () => lifecycleStack({}, { exemptGroups: ['Admins'] }).stack,
  'CE-IMPORT-REQUEST-RATE': () => importPipelineStack({ maxRequestsPerSecond: 51 }).stack,
  'CE-IMPORT-BATCH-SIZE': () => importPipelineStack({ maxRowsPerBatch: 101 }).stack,
  'CE-IMPORT-WORKER-TIME': () => importPipelineStack({ maxRowsPerBatch: 27 }).stack,
  'CE-IMPORT-TOLERATED-FAILURE': () => importPipelineStack({ toleratedFailurePercentage: -1 }).stack,
  'CE-IMPORT-PREFIXES': () => importPipelineStack({ inputPrefix: 'imports' }).stack,
  'CE-IMPORT-ATTRIBUTES': () => importPipelineStack({ allowedAttributes: ['email', 'role'] }).stack,
  'CE-IMPORT-RETENTION': () => importPipelineStack({ inputRetention: Duration.hours(36) }).stack,
  'CE-BACKUP-PREFIX': () => backupStack({ backupPrefix: 'backups' }).stack,
  'CE-BACKUP-RETENTION': () => backupStack({ retention: Duration.hours(36) }).stack,
  'CE-RESTORE-PREVIOUS-SUB': () => importPipelineStack({ previousSubAttribute: 'custom:previous_sub' }).stack,
  'CE-INPUT-SHAPE': () => pool({ appClients: [{ name: 'web', callback_urls: ['https://app.example.com/cb'] }] } as unknown as EnterpriseUserPoolProps),
  'CE-PASSWORDLESS-EMAIL-QUOTA': () => pool({ mfa: cognito.Mfa.OPTIONAL, passwordless: { emailOtp: true } }),
  'CE-ADMIN-ONLY-ATTRIBUTES': () => pool({ adminOnlyAttributes: ['employeeid'] }),
  'CE-POOL-TEARDOWN': () => pool({ removalPolicy: RemovalPolicy.DESTROY, deletionProtection: true }),
  'CE-POOL-TEARDOWN-PROTECTION-OFF': () => pool({ removalPolicy: RemovalPolicy.DESTROY }),
  'CE-IDP-ATTRIBUTE-MAPPING': () => samlPool({ ...MAIL, custom: { 'custom:employee_id': cognito.ProviderAttribute.other('eid') } }),
  'CE-IDP-ATTRIBUTE-MAPPING-UNKNOWN': () => samlPool({ ...MAIL, custom: { 'custom:cost_center': cognito.ProviderAttribute.other('cc') } }),
  'CE-IDP-SAML-METADATA': () => samlPool(MAIL, 'http://idp.example.com/metadata'),
  'CE-IDP-OIDC': () => oidcPool({ issuerUrl: 'http://login.partner.example.com' }),
  'CE-IDP-OIDC-SCOPES': () => oidcPool({ scopes: ['email', 'profile'] }),
  'CE-CLIENT-IDENTITY-PROVIDERS': () => pool({ appClients: [{ ...WEB, supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom('Okta')] }] }),
  'CE-CLIENT-ATTRIBUTES': () => pool({ appClients: [{ name: 'web', readAttributes: new cognito.ClientAttributes().withCustomAttributes('cost_center') }] }),
  'CE-CLIENT-MAPPED-ATTRIBUTES': () => samlPool({ ...MAIL, custom: { 'custom:department': cognito.ProviderAttribute.other('dept') } }, undefined, {}, {
    writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }),
  }),
  'CE-CLIENT-REQUIRED-ATTRIBUTES': () => pool({
    selfSignUpEnabled: true, appClients: [{ name: 'web', writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }) }],
  }),
  'CE-IMPORT-ACCESS-LOGS': () => importPipelineStack((stack) => ({ serverAccessLogs: false, accessLogsBucket: s3.Bucket.fromBucketName(stack, 'AccessLogs', 'access-logs') })).stack,
  'CE-TRIGGER-DEFAULT-GROUP': () => pool({ triggers: { postConfirmation: { defaultGroup: 'staff' } }, groups: [{ name: 'employees' }] }),
  'CE-TRIGGER-MAGIC-LINK': () => pool({ mfa: cognito.Mfa.OPTIONAL, triggers: { magicLink: { baseUrl: 'https://portal.example.com/magic', senderAddress: 'no-reply@example.com' } } }),
  'CE-API-ALB-HOSTED-DOMAIN': () => {
    const { stack, pool: users } = protectingPool({ domain: undefined });
    users.albAuthenticateAction(stack, 'alb', { domainName: 'intranet.example.com', next: APP_RESPONSE });
    return stack;
  },
  'CE-API-ALB-CALLBACK': () => {
    const { stack, pool: users } = protectingPool();
    const alb = loadBalancer(stack);
    alb.addListener('Http', { port: 80, open: false, defaultAction: users.albAuthenticateAction(stack, 'alb', { loadBalancer: alb, next: APP_RESPONSE }) });
    return stack;
  },
  'CE-API-HTTP-AUDIENCE': () => {
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users').httpApiAuthorizer('Authorizer');
    return stack;
  },
  'CE-API-ALB-CLIENT-SECRET': () => {
    const { stack, pool: users } = protectingPool();
    users.albAuthenticateAction(stack, 'alb', { domainName: 'intranet.example.com', next: APP_RESPONSE, userPoolClient: users.appClients.web });
    return stack;
  },
};

const RULE_ID = /\[(CE-[A-Z0-9-]+)\]/g;

/** The rule ids a configuration trips: in the error it throws, or in the warnings of its synthesized stack. */
function firedRuleIds(trigger: Trigger): string[] {
  let messages: string[];
  try {
    const stack = trigger();
    // Synthesizing runs the validations that wait for the whole app.
    Template.fromStack(stack);
    messages = [
      ...Annotations.fromStack(stack).findWarning('*', Match.anyValue()),
      ...Annotations.fromStack(stack).findError('*', Match.anyValue()),
      ...Annotations.fromStack(stack).findInfo('*', Match.anyValue()),
    ].map((annotation) => String(annotation.entry.data));
  } catch (error) {
    messages = [(error as Error).message];
  }
  return [...new Set(messages.flatMap((message) => [...message.matchAll(RULE_ID)].map((match) => match[1])))];
}

const RULE_IDS = allRules().map((rule) => rule.id);

describe('every synth-time rule has a configuration that triggers it', () => {
  test('every rule id in the catalogues has an entry, and every entry is a rule id', () => {
    expect(RULE_IDS.filter((id) => TRIGGERS[id] === undefined)).toEqual([]);
    expect(Object.keys(TRIGGERS).filter((id) => !RULE_IDS.includes(id))).toEqual([]);
  });

  test.each(RULE_IDS.filter((id) => TRIGGERS[id] !== undefined))('%s fires for its configuration', (ruleId) => {
    expect(firedRuleIds(TRIGGERS[ruleId])).toContain(ruleId);
  });

  test('a configuration that breaks nothing fires no rule', () => {
    const stack = testStack();
    new CustomerPortal(stack, 'Portal', { ...MINIMAL_PORTAL, socialProviders: [socialProviderOptions(stack, SocialProvider.GOOGLE)] });
    expect(firedRuleIds(() => stack)).toEqual([]);
    expect(firedRuleIds(() => pool({ email: SES, appClients: [WEB], domain: { cognitoDomainPrefix: 'example-corp-users' } }))).toEqual([]);
  });
});
