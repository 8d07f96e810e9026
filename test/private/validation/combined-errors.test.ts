import { Duration } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { EnterpriseUserPool } from '../../../lib';
import { CustomerPortal } from '../../../lib/customer-portal';
import { EnterpriseSso } from '../../../lib/enterprise-sso';
import { CognitoValidationError } from '../../../lib/private/validation/violation-collector';
import { SaasAuthSystem } from '../../../lib/saas-auth-system';
import { MINIMAL_PORTAL } from '../../customer-portal/portal-fixtures';
import { ADFS, ssoProps } from '../../enterprise-sso/fixtures';
import { REDIRECTS } from '../../saas-auth-system/saas-fixtures';
import { testStack } from '../../support/test-stack';

/** The violations of the one error an attempt throws. */
function violationsOf(attempt: () => unknown): string[] {
  try {
    attempt();
  } catch (error) {
    expect(error).toBeInstanceOf(CognitoValidationError);
    return (error as CognitoValidationError).violations;
  }
  throw new Error('expected a CognitoValidationError');
}

describe('one error lists every violation of a construct', () => {
  test('mistakes across the pool, a group and two clients come together, each with its list index', () => {
    const violations = violationsOf(() => new EnterpriseUserPool(testStack(), 'Users', {
      passwordPolicy: { minLength: 5 },
      groups: [{ name: 'staff' }, { name: 'admins' }, { name: 'Tenant Admins', precedence: -1 }],
      appClients: [
        { name: 'web', callbackUrls: ['https://app.example.com/cb'] },
        { name: 'legacy', callbackUrls: ['https://app.example.com/cb', 'http://app.example.com/cb'], accessTokenValidity: Duration.minutes(1) },
        { name: 'batch', oAuthFlows: { authorizationCodeGrant: true } },
      ],
    }));
    expect(violations).toEqual([
      '[CE-PASSWORD-LENGTH] TestStack/Users: passwordPolicy.minLength is 5 — the minimum password length must be between 6 and 99',
      '[CE-GROUP] TestStack/Users: groups[2].name is "Tenant Admins" — must be 1–128 letters, marks, symbols, digits or punctuation (no spaces)',
      '[CE-GROUP] TestStack/Users: groups[2].precedence is -1 — must be a non-negative integer',
      expect.stringMatching(/^\[CE-CLIENT-TOKEN-VALIDITY\] TestStack\/Users: appClients\[1\].accessTokenValidity is 1 minute — /),
      '[CE-CLIENT-REDIRECT-URLS] TestStack/Users: appClients[1].callbackUrls[1] is "http://app.example.com/cb" — must use HTTPS (http is allowed only for localhost)',
      expect.stringMatching(/^\[CE-CLIENT-OAUTH-FLOWS\] TestStack\/Users: appClients\[2\].oAuthFlows is \{"authorizationCodeGrant":true\} — /),
    ]);
  });

  test('the message counts the violations and lists one per line', () => {
    expect(() => new EnterpriseUserPool(testStack(), 'Users', {
      userPoolName: 'bad/name',
      domain: { cognitoDomainPrefix: 'my-aws-users' },
      appClients: [{ name: 'web', defaultRedirectUri: 'https://app.example.com/cb' }],
    })).toThrow(/^3 Cognito rules broken:\n {2}\[CE-POOL-NAME\].*\n {2}\[CE-DOMAIN-PREFIX\].*\n {2}\[CE-CLIENT-REDIRECT-URLS\] TestStack\/Users: appClients\[0\].defaultRedirectUri/);
  });

  test('duplicate names among the constructor\'s clients and groups are reported with the rest', () => {
    const violations = violationsOf(() => new EnterpriseUserPool(testStack(), 'Users', {
      groups: [{ name: 'staff' }, { name: 'staff' }],
      appClients: [{ name: 'my-web' }, { name: 'my_web' }],
    }));
    expect(violations).toEqual([
      '[CE-GROUP] TestStack/Users: groups[1].name is "staff" — another group has the same name; group names are unique within a pool',
      '[CE-CLIENT-NAME] TestStack/Users: appClients[1].name is "my_web" — another client is named "my-web"; client names must stay distinct when reduced to letters and digits, which name their outputs',
    ]);
  });

  test('clients and groups added after construction are checked at once, every rule of the call together', () => {
    const pool = new EnterpriseUserPool(testStack(), 'Users', { appClients: [{ name: 'web' }] });
    expect(violationsOf(() => pool.addAppClient({ name: 'web', callbackUrls: ['/cb'], idTokenValidity: Duration.days(2) }))).toEqual([
      expect.stringMatching(/^\[CE-CLIENT-TOKEN-VALIDITY\] TestStack\/Users: addAppClient\("web"\).idTokenValidity is 2 days/),
      '[CE-CLIENT-REDIRECT-URLS] TestStack/Users: addAppClient("web").callbackUrls[0] is "/cb" — must be an absolute URL',
      expect.stringMatching(/^\[CE-CLIENT-NAME\] TestStack\/Users: addAppClient\("web"\).name is "web" — another client has the same name/),
    ]);
    expect(() => pool.addGroup({ name: 'a b', precedence: 1.5 })).toThrow(/^2 Cognito rules broken:\n {2}\[CE-GROUP\] TestStack\/Users: addGroup\("a b"\).name .*\n {2}\[CE-GROUP\] TestStack\/Users: addGroup\("a b"\).precedence is 1.5/);
    expect(() => pool.addAppClient({ name: 'server', generateSecret: true })).not.toThrow();
    expect(Object.keys(pool.appClients)).toEqual(['web', 'server']);
  });

  test('a group added to the underlying pool under a name already taken fails at synth', () => {
    const stack = testStack();
    const pool = new EnterpriseUserPool(stack, 'Users', { groups: [{ name: 'staff' }] });
    pool.userPool.addGroup('RawStaff', { groupName: 'staff' });
    pool.userPool.addGroup('Other', { groupName: 'contractors' });
    expect(() => Template.fromStack(stack)).toThrow(
      '[CE-GROUP] TestStack/Users/UserPool/RawStaff/Resource: groupName is "staff" — TestStack/Users/UserPool/Group-staff/Resource has the same name',
    );
  });

  test('EnterpriseSso reports its own, its providers\', its clients\' and its pool\'s violations together', () => {
    const violations = violationsOf(() => new EnterpriseSso(testStack(), 'Sso', ssoProps({
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: false, sms: false },
      samlProviders: [{ ...ADFS, identifiers: ['example.com', 'ok.example.com', 'fine', 'bad/identifier'] }],
      appClients: [
        { name: 'web', callbackUrls: ['https://app.example.com/callback'] },
        { name: 'other', callbackUrls: ['http://app.example.com/cb'], supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom('Nope')] },
      ],
    })));
    expect(violations).toEqual([
      expect.stringMatching(/^\[CE-SSO-IDP-IDENTIFIERS\] TestStack\/Sso: samlProviders\[0\].identifiers\[3\] is "bad\/identifier" — must be 1–40 characters/),
      expect.stringMatching(/^\[CE-SSO-CLIENT-PROVIDERS\] TestStack\/Sso: appClients\[1\].supportedIdentityProviders\[0\] is "Nope" — is not a provider of the pool/),
      expect.stringMatching(/^\[CE-MFA-FACTORS\] TestStack\/Sso\/Pool: mfaSecondFactor is .* required MFA needs at least one of otp, sms or email/),
      '[CE-CLIENT-REDIRECT-URLS] TestStack/Sso/Pool: appClients[1].callbackUrls[0] is "http://app.example.com/cb" — must use HTTPS (http is allowed only for localhost)',
    ]);
  });

  test('SaasAuthSystem names the web client and tenant groups by the props they come from, each mistake once', () => {
    const violations = violationsOf(() => new SaasAuthSystem(testStack(), 'Auth', {
      ...REDIRECTS,
      callbackUrls: ['https://app.example.com/callback', 'https://app.example.com/#/cb'],
      passwordPolicy: { minLength: 100 },
      tenantGroups: ['acme', 'x'.repeat(130)],
    }));
    expect(violations).toEqual(expect.arrayContaining([
      expect.stringMatching(/^\[CE-PASSWORD-LENGTH\] TestStack\/Auth\/Pool: passwordPolicy.minLength is 100/),
      '[CE-CLIENT-REDIRECT-URLS] TestStack/Auth/Pool: webClient.callbackUrls[1] is "https://app.example.com/#/cb" — must not contain a fragment (#)',
      expect.stringMatching(/^\[CE-SAAS-TENANT-GROUPS\] TestStack\/Auth: tenantGroups\[1\] is "x+" — must be 1–64 letters/),
    ]));
    expect(violations).toHaveLength(3);
  });

  test('CustomerPortal reports its own rules with its pool\'s and its web client\'s', () => {
    const violations = violationsOf(() => new CustomerPortal(testStack(), 'Portal', {
      ...MINIMAL_PORTAL,
      logoutUrls: [],
      callbackUrls: ['https://shop.example.com/cb', 'shop.example.com/cb'],
      userPoolName: 'bad/name',
    }));
    expect(violations).toEqual([
      '[CE-PORTAL-REDIRECT-URLS] TestStack/Portal: logoutUrls is [] — the hosted pages need somewhere to return to: give at least one callback URL and one logout URL',
      expect.stringMatching(/^\[CE-POOL-NAME\] TestStack\/Portal\/Pool: userPoolName is "bad\/name"/),
      '[CE-CLIENT-REDIRECT-URLS] TestStack/Portal/Pool: webClient.callbackUrls[1] is "shop.example.com/cb" — must be an absolute URL',
    ]);
  });
});
