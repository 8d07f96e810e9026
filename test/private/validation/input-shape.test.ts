import { CfnParameter, Lazy } from 'aws-cdk-lib';
import { EnterpriseUserPool, EnterpriseUserPoolProps } from '../../../lib';
import { CustomerPortal } from '../../../lib/customer-portal';
import { EnterpriseSso } from '../../../lib/enterprise-sso';
import { closestKey } from '../../../lib/private/validation/shapes/closest-key';
import { SaasAuthSystem } from '../../../lib/saas-auth-system';
import { MINIMAL_PORTAL } from '../../customer-portal/portal-fixtures';
import { ssoProps } from '../../enterprise-sso/fixtures';
import { REDIRECTS } from '../../saas-auth-system/saas-fixtures';
import { testStack } from '../../support/test-stack';

/** Props as a JavaScript or Python caller may send them: any keys, any values. */
function loose(props: object): EnterpriseUserPoolProps {
  return props as EnterpriseUserPoolProps;
}

describe('CE-INPUT-SHAPE: props are checked as received at run time', () => {
  test('a Python dict inside a list keeps its snake_case keys: each is named with the key it meant', () => {
    expect(() => new EnterpriseUserPool(testStack(), 'Users', loose({
      app_clients: [],
      appClients: [{ name: 'web', callback_urls: ['https://app.example.com/cb'], logout_urls: ['https://app.example.com/'] }],
      groups: [{ name: 'staff', Precedence: 1 }],
    }))).toThrow(new RegExp([
      '^4 Cognito rules broken:',
      '  \\[CE-INPUT-SHAPE\\] TestStack/Users: app_clients is \\[\\] — is not a setting of EnterpriseUserPoolProps: did you mean appClients\\?',
      '  \\[CE-INPUT-SHAPE\\] TestStack/Users: appClients\\[0\\].callback_urls .* did you mean callbackUrls\\?',
      '  \\[CE-INPUT-SHAPE\\] TestStack/Users: appClients\\[0\\].logout_urls .* did you mean logoutUrls\\?',
      '  \\[CE-INPUT-SHAPE\\] TestStack/Users: groups\\[0\\].Precedence is 1 — is not a setting of PoolGroupOptions: did you mean precedence\\?$',
    ].join('\n')));
  });

  test('nested L2 structs, trigger options and maps are checked too', () => {
    expect(() => new EnterpriseUserPool(testStack(), 'Users', loose({
      passwordPolicy: { min_length: 14 },
      signInPolicy: { allowedFirstAuthFactors: { password: true, passkeys: true } },
      triggers: { preSignUp: { allowedDomain: ['example.com'] } },
      tags: { Team: 7 },
    }))).toThrow(new RegExp([
      'passwordPolicy.min_length is 14 — is not a setting of PasswordPolicy: did you mean minLength\\?',
      '.*signInPolicy.allowedFirstAuthFactors.passkeys is true — is not a setting of AllowedFirstAuthFactors: did you mean passkey\\?',
      '.*triggers.preSignUp.allowedDomain .* — is not a setting of PreSignUpTriggerOptions: did you mean allowedDomains\\?',
      '.*tags.Team is 7 — must be a string \\(received a number\\)',
    ].join('\n')));
  });

  test('wrong types fail with the rule id, never a TypeError from inside', () => {
    const attempt = () => new EnterpriseUserPool(testStack(), 'Users', loose({
      appClients: { name: 'web' },
      groups: [{ name: 42 }],
      adminOnlyAttributes: 'employee_id',
      selfSignUpEnabled: 'yes',
      domain: 'users',
    }));
    expect(attempt).toThrow(/\[CE-INPUT-SHAPE\] TestStack\/Users: appClients is \{"name":"web"\} — must be a list \(received an object\)/);
    expect(attempt).toThrow(/groups\[0\].name is 42 — must be a string \(received a number\)/);
    expect(attempt).toThrow(/adminOnlyAttributes is "employee_id" — must be a list \(received a string\)/);
    expect(attempt).toThrow(/selfSignUpEnabled is "yes" — must be a boolean \(received a string\)/);
    expect(attempt).toThrow(/domain is "users" — must be a HostedDomainOptions object \(received a string\)/);
    expect(attempt).not.toThrow(TypeError);
  });

  test('an empty list entry (null, None, a hole) fails with the rule id, never a TypeError from inside', () => {
    expect(() => new EnterpriseUserPool(testStack(), 'Users', loose({ groups: [null], appClients: [{ name: 'web' }, undefined] }))).toThrow(new RegExp([
      '^2 Cognito rules broken:',
      '  \\[CE-INPUT-SHAPE\\] TestStack/Users: groups\\[0\\] is null — a list entry cannot be null or undefined',
      '  \\[CE-INPUT-SHAPE\\] TestStack/Users: appClients\\[1\\] is undefined — a list entry cannot be null or undefined$',
    ].join('\n')));
    expect(() => new EnterpriseSso(testStack(), 'Sso', { ...ssoProps(), samlProviders: [null] } as never))
      .toThrow('[CE-INPUT-SHAPE] TestStack/Sso: samlProviders[0] is null — a list entry cannot be null or undefined');
  });

  test('an unknown key with no near match is named without a guess', () => {
    expect(() => new EnterpriseUserPool(testStack(), 'Users', loose({ colour: 'blue' })))
      .toThrow(/^\[CE-INPUT-SHAPE\] TestStack\/Users: colour is "blue" — is not a setting of EnterpriseUserPoolProps$/);
  });

  test('tokens are skipped: a parameter may stand for a string or a list', () => {
    const stack = testStack();
    const urls = new CfnParameter(stack, 'Urls', { type: 'CommaDelimitedList' }).valueAsList;
    const name = new CfnParameter(stack, 'Name').valueAsString;
    expect(() => new EnterpriseUserPool(stack, 'Users', {
      userPoolName: name,
      appClients: [{ name: 'web', callbackUrls: urls, logoutUrls: Lazy.list({ produce: () => ['https://app.example.com/'] }) }],
    })).not.toThrow();
  });

  test('clients added later are checked too', () => {
    const pool = new EnterpriseUserPool(testStack(), 'Users');
    expect(() => pool.addAppClient({ name: 'web', callback_urls: ['https://app.example.com/cb'] } as never))
      .toThrow(/^\[CE-INPUT-SHAPE\] TestStack\/Users: addAppClient\("web"\).callback_urls .* did you mean callbackUrls\?$/);
  });

  test('scenario constructs check their own keys and their list entries', () => {
    expect(() => new EnterpriseSso(testStack(), 'Sso', { ...ssoProps(), samlProviders: [{ name: 'Adfs', metadata_url: 'https://adfs.example.com/md.xml' }] } as never))
      .toThrow(/\[CE-INPUT-SHAPE\] TestStack\/Sso: samlProviders\[0\].metadata_url .* is not a setting of SamlProviderOptions: did you mean metadataUrl\?/);
    expect(() => new SaasAuthSystem(testStack(), 'Auth', { ...REDIRECTS, tenant_groups: ['acme'] } as never))
      .toThrow(/\[CE-INPUT-SHAPE\] TestStack\/Auth: tenant_groups .* is not a setting of SaasAuthSystemProps: did you mean tenantGroups\?/);
    expect(() => new CustomerPortal(testStack(), 'Portal', { ...MINIMAL_PORTAL, socialProviders: [{ provider: 'Google', client_id: 'x' }] } as never))
      .toThrow(/\[CE-INPUT-SHAPE\] TestStack\/Portal: socialProviders\[0\].client_id .* is not a setting of SocialProviderOptions: did you mean clientId\?/);
  });

  test.each([
    ['callback_urls', 'callbackUrls'],
    ['CallbackUrls', 'callbackUrls'],
    ['callbackUrl', 'callbackUrls'],
    ['o_auth_flows', 'oAuthFlows'],
    ['supported_identity_providers', 'supportedIdentityProviders'],
    ['colour', undefined],
  ])('closestKey(%s) is %s', (key, expected) => {
    expect(closestKey(key, ['name', 'callbackUrls', 'logoutUrls', 'oAuthFlows', 'supportedIdentityProviders'])).toBe(expected);
  });
});
