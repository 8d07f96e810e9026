import { Duration, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { MINIMAL_PORTAL, socialProviderOptions } from './portal-fixtures';
import { CustomerPortal, CustomerPortalProps, SocialProvider, SocialProviderOptions } from '../../lib/customer-portal';
import { CUSTOMER_PORTAL_RULES } from '../../lib/customer-portal/rules';
import { testStack } from '../support/test-stack';

const WEB_ACL_ARN = 'arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/shop/11111111-2222-3333-4444-555555555555';

/** Props built inside the stack, so that imported secrets have a scope. */
type PropsOf = (stack: Stack) => Partial<CustomerPortalProps>;

function provider(name: SocialProvider, overrides: Partial<SocialProviderOptions> = {}): (stack: Stack) => SocialProviderOptions {
  return (stack) => ({ ...socialProviderOptions(stack, name), ...overrides });
}

function providers(...make: Array<(stack: Stack) => SocialProviderOptions>): PropsOf {
  return (stack) => ({ socialProviders: make.map((options) => options(stack)) });
}

function build(props: PropsOf): () => CustomerPortal {
  return () => {
    const stack = testStack();
    return new CustomerPortal(stack, 'Portal', { ...MINIMAL_PORTAL, ...props(stack) });
  };
}

/** Each case breaks one rule; the error names the rule, the construct path, the prop and the value. */
const BROKEN: Array<[string, PropsOf, RegExp]> = [
  ['CE-PORTAL-REDIRECT-URLS', () => ({ callbackUrls: [] }), /callbackUrls is \[\] — the hosted pages need somewhere to return to/],
  ['CE-PORTAL-REDIRECT-URLS', () => ({ logoutUrls: undefined as unknown as string[] }), /logoutUrls is undefined/],
  ['CE-PORTAL-DOMAIN', () => ({ domain: undefined }), /domain is undefined — the hosted sign-in pages need a domain/],
  ['CE-PORTAL-SOCIAL-PROVIDER-KNOWN', providers(provider(SocialProvider.GOOGLE, { provider: 'Twitter' as SocialProvider })), /socialProviders\[0\].provider is "Twitter" — provider must be one of Google, Facebook, SignInWithApple, LoginWithAmazon/],
  ['CE-PORTAL-SOCIAL-PROVIDER-UNIQUE', providers(provider(SocialProvider.GOOGLE), provider(SocialProvider.FACEBOOK), provider(SocialProvider.GOOGLE, { clientId: 'other' })), /socialProviders\[2\].provider is "Google" — each social provider may appear once/],
  ['CE-PORTAL-SOCIAL-PROVIDER-CREDENTIALS', providers(provider(SocialProvider.GOOGLE, { clientSecret: undefined })), /socialProviders\[0\].clientSecret is undefined — Google needs a client secret from Secrets Manager/],
  ['CE-PORTAL-SOCIAL-PROVIDER-CREDENTIALS', providers(provider(SocialProvider.AMAZON, { clientId: ' ' })), /socialProviders\[0\].clientId is " " — every provider needs the client id/],
  ['CE-PORTAL-SOCIAL-PROVIDER-CREDENTIALS', providers(provider(SocialProvider.APPLE, { keyId: undefined })), /socialProviders\[0\].keyId is undefined — Sign in with Apple needs teamId, keyId and privateKey/],
  ['CE-PORTAL-SOCIAL-PROVIDER-CREDENTIALS', providers(provider(SocialProvider.FACEBOOK, { teamId: 'TEAM123456' })), /socialProviders\[0\].teamId is "TEAM123456" — teamId applies to Sign in with Apple only/],
  ['CE-PORTAL-SOCIAL-PROVIDER-CREDENTIALS', providers(provider(SocialProvider.GOOGLE, { facebookApiVersion: 'v19.0' })), /facebookApiVersion is "v19.0" — facebookApiVersion applies to Facebook only/],
  ['CE-PORTAL-SOCIAL-ATTRIBUTE-MAPPING', providers(provider(SocialProvider.GOOGLE, { attributeMapping: { emailVerified: cognito.ProviderAttribute.GOOGLE_EMAIL_VERIFIED } })), /socialProviders\[0\].attributeMapping.emailVerified is "Google" — a social provider maps no verification flag/],
  ['CE-PORTAL-SOCIAL-ATTRIBUTE-MAPPING', providers(provider(SocialProvider.GOOGLE, { attributeMapping: { custom: { 'custom:customer_id': cognito.ProviderAttribute.other('sub') } } })), /socialProviders\[0\].attributeMapping.custom.custom:customer_id is "Google"/],
  ['CE-PORTAL-WEB-ACL', () => ({ webAcl: { rateLimit: 5 } }), /webAcl.rateLimit is 5 — a web ACL for a user pool is REGIONAL/],
  ['CE-PORTAL-WEB-ACL', () => ({ webAcl: { evaluationWindow: Duration.minutes(3) } }), /webAcl.evaluationWindow is 3 minutes — must be 1, 2, 5 or 10 minutes/],
  ['CE-PORTAL-WEB-ACL', () => ({ webAcl: { webAclArn: WEB_ACL_ARN.replace('regional', 'global') } }), /webAcl.webAclArn is .* — must be the ARN of a REGIONAL web ACL/],
  ['CE-PORTAL-WEB-ACL', () => ({ webAcl: { webAclArn: WEB_ACL_ARN, rateLimit: 100 } }), /webAcl.rateLimit is 100 — applies only to a web ACL the portal creates/],
];

describe('CustomerPortal synth-time rules', () => {
  test.each(BROKEN.map(([id, props, message]) => [id, message.source.slice(0, 50), props, message] as const))('%s: %s', (ruleId, _title, props, message) => {
    const attempt = build(props);
    expect(attempt).toThrow(new RegExp(`\\[${ruleId}\\] TestStack/Portal: `));
    expect(attempt).toThrow(message);
  });

  test.each([
    [['http://shop.example.com/callback'], /webClient.callbackUrls\[0\] is "http:\/\/shop.example.com\/callback" — must use HTTPS/],
    [['https://shop.example.com/#/callback'], /webClient.callbackUrls\[0\] is .* — must not contain a fragment/],
    [['/auth/callback'], /webClient.callbackUrls\[0\] is "\/auth\/callback" — must be an absolute URL/],
    [['https://*.example.com/callback'], /must not contain a wildcard/],
  ])('a bad callback URL %j is rejected by the client rule of the pool', (callbackUrls, message) => {
    const attempt = build(() => ({ callbackUrls }));
    expect(attempt).toThrow(/\[CE-CLIENT-REDIRECT-URLS\] TestStack\/Portal\/Pool: /);
    expect(attempt).toThrow(message);
  });

  test('a bad logout URL is rejected by the client rule of the pool', () => {
    expect(build(() => ({ logoutUrls: ['http://shop.example.com/'] })))
      .toThrow(/\[CE-CLIENT-REDIRECT-URLS\] TestStack\/Portal\/Pool: webClient.logoutUrls\[0\] is "http:\/\/shop.example.com\/" — must use HTTPS/);
  });

  test('a bad default redirect URI is caught by the client rule of the pool', () => {
    expect(build(() => ({ defaultRedirectUri: 'https://other.example.com/cb' })))
      .toThrow(/\[CE-CLIENT-REDIRECT-URLS\] TestStack\/Portal\/Pool: webClient.defaultRedirectUri is "https:\/\/other.example.com\/cb" — must be one of callbackUrls/);
  });

  test('every broken rule is reported at once', () => {
    expect(build(() => ({ domain: undefined, logoutUrls: [] }))).toThrow(/2 Cognito rules broken:\n {2}\[CE-PORTAL-DOMAIN\].*\n {2}\[CE-PORTAL-REDIRECT-URLS\]/);
  });

  test('http://localhost callback URLs are accepted for development', () => {
    expect(build(() => ({ callbackUrls: ['http://localhost:3000/callback'], logoutUrls: ['http://localhost:3000/'] }))).not.toThrow();
  });

  test('every rule has an id, a statement and a source, and ids are unique', () => {
    const ids = CUSTOMER_PORTAL_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of CUSTOMER_PORTAL_RULES) {
      expect(rule.id).toMatch(/^CE-PORTAL-[A-Z-]+$/);
      expect(rule.statement.length).toBeGreaterThan(20);
      expect(rule.source.length).toBeGreaterThan(5);
    }
  });
});
