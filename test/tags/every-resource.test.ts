import * as cognito from 'aws-cdk-lib/aws-cognito';
import { IConstruct } from 'constructs';
import { EnterpriseUserPool } from '../../lib';
import { CustomerPortal, SocialProvider } from '../../lib/customer-portal';
import { EnterpriseSso } from '../../lib/enterprise-sso';
import { AuthMonitoring } from '../../lib/monitoring';
import { UserImportPipeline } from '../../lib/operations';
import { SaasAuthSystem } from '../../lib/saas-auth-system';
import { MINIMAL_PORTAL, socialProviderOptions } from '../customer-portal/portal-fixtures';
import { ssoProps } from '../enterprise-sso/fixtures';
import { REDIRECTS } from '../saas-auth-system/saas-fixtures';
import { EVERY_TRIGGER_POOL } from '../support/every-trigger-pool';
import { auditTags } from '../support/resource-tags';
import { testStack } from '../support/test-stack';

/** The caller's tags; every construct adds them to its own ManagedBy tag. */
const CALLER_TAGS = { CostCenter: 'identity-platform', Environment: 'prod' };
const EXPECTED = { ManagedBy: 'cdk-cognito-enterprise', ...CALLER_TAGS };

const EVERY_TRIGGER = EVERY_TRIGGER_POOL;

/** Audits `scope`, failing with every untagged resource, and returns the taggable types it checked. */
function taggedTypes(scope: IConstruct): string[] {
  const audit = auditTags(scope, EXPECTED);
  expect(audit.problems).toEqual([]);
  return audit.taggableTypes;
}

describe('every taggable resource carries ManagedBy and the caller\'s tags', () => {
  test('EnterpriseUserPool with every trigger', () => {
    const pool = new EnterpriseUserPool(testStack(), 'Users', { ...EVERY_TRIGGER, tags: CALLER_TAGS });
    expect(taggedTypes(pool)).toEqual(expect.arrayContaining([
      'AWS::Cognito::UserPool', 'AWS::IAM::Role', 'AWS::KMS::Key', 'AWS::Lambda::Function', 'AWS::Logs::LogGroup',
    ]));
  });

  test('SaasAuthSystem', () => {
    const system = new SaasAuthSystem(testStack(), 'Auth', { ...REDIRECTS, tags: CALLER_TAGS });
    expect(taggedTypes(system)).toEqual(expect.arrayContaining(['AWS::Cognito::IdentityPool', 'AWS::Cognito::UserPool', 'AWS::IAM::Role']));
  });

  test('EnterpriseSso with an identity pool', () => {
    const sso = new EnterpriseSso(testStack(), 'Sso', ssoProps({ identityPool: {}, tags: CALLER_TAGS }));
    expect(taggedTypes(sso)).toEqual(expect.arrayContaining(['AWS::Cognito::IdentityPool', 'AWS::Cognito::UserPool', 'AWS::IAM::Role']));
  });

  test('CustomerPortal with its web ACL and a social provider', () => {
    const stack = testStack();
    const portal = new CustomerPortal(stack, 'Portal', {
      ...MINIMAL_PORTAL,
      socialProviders: [socialProviderOptions(stack, SocialProvider.GOOGLE)],
      webAcl: {},
      tags: CALLER_TAGS,
    });
    expect(taggedTypes(portal)).toEqual(expect.arrayContaining([
      'AWS::Cognito::UserPool', 'AWS::KMS::Key', 'AWS::Logs::LogGroup', 'AWS::WAFv2::WebACL',
    ]));
  });

  test('AuthMonitoring with activity logs and trigger alarms', () => {
    const stack = testStack();
    const users = new EnterpriseUserPool(stack, 'Users', EVERY_TRIGGER);
    const monitoring = new AuthMonitoring(stack, 'Monitoring', { enterpriseUserPool: users, activityLogs: {}, tags: CALLER_TAGS });
    expect(taggedTypes(monitoring)).toEqual(expect.arrayContaining([
      'AWS::CloudWatch::Alarm', 'AWS::CloudWatch::Dashboard', 'AWS::KMS::Key', 'AWS::Logs::LogGroup', 'AWS::SNS::Topic',
    ]));
  });

  test('UserImportPipeline with its bucket and access-log bucket', () => {
    const stack = testStack();
    const pipeline = new UserImportPipeline(stack, 'Import', { userPool: new cognito.UserPool(stack, 'Pool'), tags: CALLER_TAGS });
    expect(taggedTypes(pipeline)).toEqual(expect.arrayContaining([
      'AWS::IAM::Role', 'AWS::KMS::Key', 'AWS::Lambda::Function', 'AWS::Logs::LogGroup', 'AWS::S3::Bucket', 'AWS::StepFunctions::StateMachine',
    ]));
    expect(auditTags(pipeline, EXPECTED).checked.filter((entry) => entry.endsWith('AWS::S3::Bucket'))).toHaveLength(2);
  });
});

describe('the audit itself', () => {
  test('finds a resource that lacks a tag, in list and map form', () => {
    const stack = testStack();
    const pool = new EnterpriseUserPool(stack, 'Users', { tags: CALLER_TAGS });
    const problems = auditTags(pool, { ...EXPECTED, Missing: 'yes' }).problems;
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^UsersUserPool\w+ AWS::Cognito::UserPool: UserPoolTags lacks Missing=yes$/),
    ]));
    const saas = new SaasAuthSystem(testStack(), 'Auth', { ...REDIRECTS });
    expect(auditTags(saas, { Missing: 'yes' }).problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/AWS::Cognito::IdentityPool: IdentityPoolTags lacks Missing=yes$/),
    ]));
  });

  test('skips types whose schema has no tags property', () => {
    const pool = new EnterpriseUserPool(testStack(), 'Users', { appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/cb'] }] });
    const audit = auditTags(pool, EXPECTED);
    expect(audit.checked.some((entry) => entry.endsWith('AWS::Cognito::UserPoolClient'))).toBe(false);
    expect(audit.checked.some((entry) => entry.endsWith('AWS::Cognito::UserPool'))).toBe(true);
  });
});
