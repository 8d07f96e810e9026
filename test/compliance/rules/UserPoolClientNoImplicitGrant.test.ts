import * as cognito from 'aws-cdk-lib/aws-cognito';
import { compliantCfnUserPoolClient, newStack, pathsReportedBy } from '../nag-fixtures';

describe('CognitoEnterprise-COG1 UserPoolClientNoImplicitGrant', () => {
  test('compliant: authorization code grant only', () => {
    const stack = newStack();
    compliantCfnUserPoolClient(stack, 'Client', { allowedOAuthFlows: ['code'] });
    expect(pathsReportedBy('COG1', stack)).toEqual([]);
  });

  test('non-compliant: implicit grant among the flows', () => {
    const stack = newStack();
    compliantCfnUserPoolClient(stack, 'Client', { allowedOAuthFlows: ['code', 'implicit'] });
    expect(pathsReportedBy('COG1', stack)).toEqual(['Stack/Client']);
  });

  test('non-compliant: the L2 client enables the implicit grant by default', () => {
    const stack = newStack();
    new cognito.UserPool(stack, 'Pool').addClient('Client');
    expect(pathsReportedBy('COG1', stack)).toEqual(['Stack/Pool/Client/Resource']);
  });
});
