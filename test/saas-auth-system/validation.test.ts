import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import { saasSystem } from './saas-fixtures';
import { describeRules } from '../../lib/private/validation/catalogue';
import { SAAS_RULES } from '../../lib/saas-auth-system/rules';

const GUEST_STATEMENT = new iam.PolicyStatement({ actions: ['mobiletargeting:PutEvents'], resources: ['arn:aws:mobiletargeting:eu-west-1:123456789012:apps/demo/events'] });

describe('SaasAuthSystem synth-time errors', () => {
  test('the web client needs callback and logout URLs', () => {
    expect(() => saasSystem({ callbackUrls: [] }))
      .toThrow(/\[CE-SAAS-WEB-REDIRECTS\] TestStack\/Auth: callbackUrls is \[\] — the web client needs at least one callback URL/);
    expect(() => saasSystem({ logoutUrls: [] })).toThrow(/\[CE-SAAS-WEB-REDIRECTS\] TestStack\/Auth: logoutUrls is \[\]/);
  });

  test('redirect URLs are checked by EnterpriseUserPool\'s client rule', () => {
    expect(() => saasSystem({ callbackUrls: ['http://app.example.com/callback'] }))
      .toThrow(/\[CE-CLIENT-REDIRECT-URLS\] TestStack\/Auth\/Pool: webClient.callbackUrls\[0\] is "http:\/\/app.example.com\/callback" — must use HTTPS/);
  });

  test('guest access needs a guest policy, and a guest policy needs guest access', () => {
    expect(() => saasSystem({ allowGuestAccess: true }))
      .toThrow(/\[CE-SAAS-GUEST-ACCESS\] TestStack\/Auth: allowGuestAccess is true — needs guestPolicyStatements/);
    expect(() => saasSystem({ guestPolicyStatements: [GUEST_STATEMENT] }))
      .toThrow(/\[CE-SAAS-GUEST-ACCESS\] TestStack\/Auth: guestPolicyStatements is "1 statement\(s\)" — take effect only with allowGuestAccess: true/);
  });

  test('the tenant and tier attributes must exist and stay admin-only', () => {
    expect(() => saasSystem({ customAttributes: { subscription_tier: new cognito.StringAttribute({ mutable: true }) } }))
      .toThrow(/\[CE-SAAS-TENANT-ATTRIBUTES\] TestStack\/Auth: customAttributes is \["subscription_tier"\] — must include tenant_id/);
    expect(() => saasSystem({ adminOnlyAttributes: ['tenant_id'] }))
      .toThrow(/\[CE-SAAS-TENANT-ATTRIBUTES\] TestStack\/Auth: adminOnlyAttributes is \["tenant_id"\] — must include subscription_tier, or users could set their own/);
  });

  test('tenant group ids follow the trigger\'s tenant id format and are unique', () => {
    expect(() => saasSystem({ tenantGroups: ['acme corp'] }))
      .toThrow(/\[CE-SAAS-TENANT-GROUPS\] TestStack\/Auth: tenantGroups\[0\] is "acme corp" — must be 1–64 letters, digits, _, . or -$/);
    expect(() => saasSystem({ tenantGroups: ['acme', 'acme'] })).toThrow(/^\[CE-SAAS-TENANT-GROUPS\] TestStack\/Auth: tenantGroups\[1\] is "acme" — is listed twice$/);
  });

  test('every broken rule is reported at once', () => {
    expect(() => saasSystem({ callbackUrls: [], allowGuestAccess: true })).toThrow(/2 Cognito rules broken/);
  });

  test('more than 25 tenant groups warns with a stable id and points to ABAC', () => {
    const tenantGroups = Array.from({ length: 26 }, (_, i) => `t${i}`);
    Annotations.fromStack(saasSystem({ tenantGroups }).stack).hasWarning('/TestStack/Auth', Match.stringLikeRegexp('CE-SAAS-TENANT-GROUP-COUNT.*26 tenants.*principal tag'));
  });

  test('the catalogue: every rule is exercised above, and ids are unique across the library', () => {
    const exercised = ['CE-SAAS-WEB-REDIRECTS', 'CE-SAAS-GUEST-ACCESS', 'CE-SAAS-TENANT-ATTRIBUTES', 'CE-SAAS-TENANT-GROUPS', 'CE-SAAS-TENANT-GROUP-COUNT'];
    expect(SAAS_RULES.map((rule) => rule.id)).toEqual(exercised);
    const ids = describeRules(SAAS_RULES).map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
