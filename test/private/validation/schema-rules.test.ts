import { CfnParameter, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { EnterpriseUserPool, EnterpriseUserPoolProps } from '../../../lib';
import { EnterpriseSso } from '../../../lib/enterprise-sso';
import { ssoProps } from '../../enterprise-sso/fixtures';
import { saasSystem } from '../../saas-auth-system/saas-fixtures';
import { testStack } from '../../support/test-stack';

const CERT_ARN = 'arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555';
const WEB = { name: 'web', callbackUrls: ['https://app.example.com/callback'] };

function withCustomDomain(customDomainName: string, props: EnterpriseUserPoolProps = {}): Stack {
  const stack = testStack();
  const certificate = acm.Certificate.fromCertificateArn(stack, 'Cert', CERT_ARN);
  new EnterpriseUserPool(stack, 'Users', { ...props, domain: { customDomainName, certificate } });
  return stack;
}

function warnings(stack: Stack, ruleId: string): string[] {
  return Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp(ruleId)).map((warning) => String(warning.entry.data));
}

describe('custom domain names', () => {
  test.each([
    ['Auth.Example.com', /domain.customDomainName is "Auth.Example.com" — a custom domain is a fully qualified name/],
    ['auth.example.com.', /domain.customDomainName is "auth.example.com."/],
    ['localhost', /domain.customDomainName is "localhost"/],
    ['auth_login.example.com', /domain.customDomainName is "auth_login.example.com"/],
    ['-auth.example.com', /"-auth.example.com"/],
    [`${'a'.repeat(52)}.example.com`, /must be at most 63 characters in all \(received 64\)/],
  ])('%s is rejected', (name, message) => {
    expect(() => withCustomDomain(name)).toThrow(new RegExp(`\\[CE-DOMAIN-CUSTOM-NAME\\] TestStack/Users: .*${message.source}`));
  });

  test('a name of exactly 63 characters and deep names are accepted', () => {
    expect(() => Template.fromStack(withCustomDomain(`${'a'.repeat(51)}.example.com`))).not.toThrow();
    expect(() => Template.fromStack(withCustomDomain('login.eu-1.auth.example.co.uk'))).not.toThrow();
  });
});

describe('passkey relying party and the hosted domain', () => {
  const passkeys = (passkeyRelyingPartyId?: string) => ({ mfa: cognito.Mfa.OPTIONAL, passwordless: { passkeys: true, passkeyRelyingPartyId } });

  test('a relying party other than the custom domain warns', () => {
    const stack = withCustomDomain('auth.example.com', passkeys('example.com'));
    expect(warnings(stack, 'CE-PASSKEY-RELYING-PARTY-DOMAIN')).toEqual([
      expect.stringMatching(/passwordless.passkeyRelyingPartyId is "example.com" — managed login on the custom domain needs "auth.example.com"/),
    ]);
  });

  test('the default relying party, the custom domain itself, does not warn', () => {
    expect(warnings(withCustomDomain('auth.example.com', passkeys()), 'CE-PASSKEY-RELYING-PARTY-DOMAIN')).toEqual([]);
    expect(warnings(withCustomDomain('auth.example.com', passkeys('auth.example.com')), 'CE-PASSKEY-RELYING-PARTY-DOMAIN')).toEqual([]);
  });

  test('with a prefix domain, its amazoncognito.com host is expected', () => {
    const build = (id?: string) => {
      const stack = testStack();
      new EnterpriseUserPool(stack, 'Users', { ...passkeys(id), domain: { cognitoDomainPrefix: 'example-corp' } });
      return stack;
    };
    expect(warnings(build('example-corp.auth.eu-west-1.amazoncognito.com'), 'CE-PASSKEY-RELYING-PARTY-DOMAIN')).toEqual([]);
    expect(warnings(build('app.example.com'), 'CE-PASSKEY-RELYING-PARTY-DOMAIN')).toEqual([
      expect.stringMatching(/needs example-corp.auth.<region>.amazoncognito.com as the relying party id/),
    ]);
  });

  test('passkeys with neither a domain nor a relying party id warn, since every registration would be refused', () => {
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users', passkeys());
    expect(warnings(stack, 'CE-PASSKEY-DOMAIN')).toEqual([
      expect.stringMatching(/\[CE-PASSKEY-DOMAIN\] TestStack\/Users: passkeyRelyingPartyId is undefined — give domain or a passkey relying party id/),
    ]);
    const named = testStack();
    new EnterpriseUserPool(named, 'Users', passkeys('app.example.com'));
    expect(warnings(named, 'CE-PASSKEY-DOMAIN')).toEqual([]);
  });

  test('a pool without passkeys is not warned about its relying party', () => {
    const stack = withCustomDomain('auth.example.com', { passkeyRelyingPartyId: 'example.com' });
    expect(warnings(stack, 'CE-PASSKEY-RELYING-PARTY-DOMAIN')).toEqual([]);
  });
});

describe('resource servers and the scopes clients name', () => {
  const read = new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read orders' });

  test('a scope of a resource server added after the client is accepted', () => {
    const stack = testStack();
    const users = new EnterpriseUserPool(stack, 'Users', {
      appClients: [{ ...WEB, oAuthScopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.custom('https://api.example.com/orders/read')] }],
    });
    users.userPool.addResourceServer('Api', { identifier: 'https://api.example.com/orders', userPoolResourceServerName: 'Orders API', scopes: [read] });
    expect(() => Template.fromStack(stack)).not.toThrow();
  });

  test('a scope no resource server of the pool defines fails synth and names the client', () => {
    const stack = testStack();
    const users = new EnterpriseUserPool(stack, 'Users', {
      appClients: [{ ...WEB, oAuthScopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.custom('orders/write')] }],
    });
    users.userPool.addResourceServer('Api', { identifier: 'orders', scopes: [read] });
    expect(() => Template.fromStack(stack)).toThrow(
      /\[CE-CLIENT-RESOURCE-SCOPES\] TestStack\/Users\/UserPool\/web: oAuthScopes\[1\] is "orders\/write" — is neither a standard scope nor a scope of a resource server of the pool \(resource servers: orders\)/,
    );
  });

  test('a resource server of another pool does not define scopes for this one', () => {
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users', { appClients: [{ ...WEB, oAuthScopes: [cognito.OAuthScope.custom('orders/read')] }] });
    new cognito.UserPool(stack, 'Other').addResourceServer('Api', { identifier: 'orders', scopes: [read] });
    expect(() => Template.fromStack(stack)).toThrow(/resource servers: none/);
  });

  test('a resource server whose identifier is a token is skipped, and so are the scopes', () => {
    const stack = testStack();
    const users = new EnterpriseUserPool(stack, 'Users', { appClients: [{ ...WEB, oAuthScopes: [cognito.OAuthScope.custom('orders/read')] }] });
    users.userPool.addResourceServer('Api', { identifier: new CfnParameter(stack, 'Identifier').valueAsString, scopes: [read] });
    expect(() => Template.fromStack(stack)).not.toThrow();
  });

  test.each([
    [{ identifier: 'orders api' }, /TestStack\/Users\/UserPool\/Api: identifier is "orders api"/],
    [{ identifier: 'orders', userPoolResourceServerName: 'orders/api' }, /name is "orders\/api"/],
    // The L2 names a server after its identifier, which a URL identifier cannot be.
    [{ identifier: 'https://api.example.com' }, /name is "https:\/\/api.example.com" — a resource server name is 1–256 letters.*userPoolResourceServerName/],
    [{ identifier: 'orders', scopes: [new cognito.ResourceServerScope({ scopeName: 'read/all', scopeDescription: 'x' })] }, /scopes\[0\].scopeName is "read\/all" — a scope name is 1–256 printable characters without spaces, quotes, slashes/],
    [{ identifier: 'orders', scopes: [new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: '' })] }, /scopes\[0\].scopeDescription is "" — must be 1–256 characters/],
    [{
      identifier: 'orders',
      scopes: Array.from({ length: 101 }, (_, i) => new cognito.ResourceServerScope({ scopeName: `s${i}`, scopeDescription: 'x' })),
    }, /scopes is "101 scopes" — at most 100 scopes/],
  ])('a resource server breaking the schema fails synth: %#', (options, message) => {
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users', {}).userPool.addResourceServer('Api', options);
    expect(() => Template.fromStack(stack)).toThrow(new RegExp(`\\[CE-RESOURCE-SERVER\\] .*${message.source}`));
  });
});

describe('identity pool names', () => {
  test('SaasAuthSystem rejects a name CloudFormation would', () => {
    expect(() => saasSystem({ identityPoolName: 'tenants/identities' }))
      .toThrow(/\[CE-IDENTITY-POOL-NAME\] TestStack\/Auth: identityPoolName is "tenants\/identities" — an identity pool name is 1–128 characters/);
    expect(() => saasSystem({ identityPoolName: 'Tenant identities, prod' })).not.toThrow();
  });

  test('EnterpriseSso rejects a name CloudFormation would', () => {
    expect(() => new EnterpriseSso(testStack(), 'Sso', ssoProps({ identityPool: { identityPoolName: 'x'.repeat(129) } })))
      .toThrow(/\[CE-IDENTITY-POOL-NAME\] TestStack\/Sso: identityPool.identityPoolName is "x{129}"/);
  });
});

describe('values Cognito accepts are accepted', () => {
  test('limits at their edges', () => {
    const stack = testStack();
    new EnterpriseUserPool(stack, 'Users', {
      // With the ManagedBy tag every pool carries, 50 in all.
      tags: { ...Object.fromEntries(Array.from({ length: 48 }, (_, i) => [`team:${i}`, 'identity'])), empty: '' },
      customAttributes: {
        'dev:legacy_id': new cognito.StringAttribute(),
        'score': new cognito.NumberAttribute({ min: -5, max: 5 }),
        'joined': new cognito.DateTimeAttribute(),
        'vip': new cognito.BooleanAttribute(),
      },
      appClients: [{
        name: 'web',
        callbackUrls: Array.from({ length: 100 }, (_, i) => `https://app.example.com/cb/${i}`),
        logoutUrls: Array.from({ length: 100 }, (_, i) => `https://app.example.com/out/${i}`),
        oAuthScopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PHONE, cognito.OAuthScope.PROFILE,
          cognito.OAuthScope.COGNITO_ADMIN],
      }],
    });
    expect(() => Template.fromStack(stack)).not.toThrow();
  });
});
