import { Fn } from 'aws-cdk-lib';
import { isInsecureRedirectUrl } from '../../../lib/compliance/rules/UserPoolClientSecureRedirectUrls';
import { compliantCfnUserPoolClient, newStack, pathsReportedBy } from '../nag-fixtures';

describe('CognitoEnterprise-COG3 UserPoolClientSecureRedirectUrls', () => {
  test('compliant: HTTPS, localhost HTTP, native-app scheme and unresolved URLs', () => {
    const stack = newStack();
    compliantCfnUserPoolClient(stack, 'Client', {
      callbackUrLs: ['https://app.example.com/cb', 'http://localhost:3000/cb', 'com.example.app:/cb', Fn.importValue('CallbackUrl')],
      logoutUrLs: ['https://app.example.com/'],
      defaultRedirectUri: 'https://app.example.com/cb',
    });
    expect(pathsReportedBy('COG3', stack)).toEqual([]);
  });

  test.each([
    ['callback over plain HTTP', { callbackUrLs: ['http://app.example.com/cb'] }],
    ['wildcard callback', { callbackUrLs: ['https://*.example.com/cb'] }],
    ['logout over plain HTTP', { logoutUrLs: ['http://app.example.com/'] }],
    ['default redirect over plain HTTP', { defaultRedirectUri: 'http://app.example.com/cb' }],
    ['"localhost" as a subdomain prefix', { callbackUrLs: ['http://localhost.evil.test/cb'] }],
  ])('non-compliant: %s', (_case, overrides) => {
    const stack = newStack();
    compliantCfnUserPoolClient(stack, 'Client', overrides);
    expect(pathsReportedBy('COG3', stack)).toEqual(['Stack/Client']);
  });

  test.each([
    ['https://app.example.com', false],
    ['http://localhost', false],
    ['http://localhost:8080/cb', false],
    ['http://[::1]:8080/cb', true],
    ['http://127.0.0.1:3000/cb', true],
    ['myapp://callback', false],
    ['http://evil.test/*', true],
    ['HTTP://app.example.com', true],
    ['http://127.0.0.1.evil.test/', true],
  ])('isInsecureRedirectUrl(%s) is %s', (url, insecure) => {
    expect(isInsecureRedirectUrl(url)).toBe(insecure);
  });
});
