import { compliantCfnUserPoolClient, newStack, pathsReportedBy } from '../nag-fixtures';

const ADMIN_SCOPE = 'aws.cognito.signin.user.admin';

describe('CognitoEnterprise-COG2 UserPoolClientNoAdminScopeWithoutSecret', () => {
  test('compliant: public client without the admin scope', () => {
    const stack = newStack();
    compliantCfnUserPoolClient(stack, 'Client', { allowedOAuthScopes: ['openid', 'email'] });
    expect(pathsReportedBy('COG2', stack)).toEqual([]);
  });

  test('compliant: confidential client (with a secret) may use the admin scope', () => {
    const stack = newStack();
    compliantCfnUserPoolClient(stack, 'Client', { generateSecret: true, allowedOAuthScopes: ['openid', ADMIN_SCOPE] });
    expect(pathsReportedBy('COG2', stack)).toEqual([]);
  });

  test('non-compliant: public client with the admin scope', () => {
    const stack = newStack();
    compliantCfnUserPoolClient(stack, 'Client', { generateSecret: false, allowedOAuthScopes: ['openid', ADMIN_SCOPE] });
    expect(pathsReportedBy('COG2', stack)).toEqual(['Stack/Client']);
  });
});
