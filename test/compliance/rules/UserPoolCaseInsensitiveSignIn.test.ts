import * as cognito from 'aws-cdk-lib/aws-cognito';
import { compliantCfnUserPool, newStack, pathsReportedBy } from '../nag-fixtures';

describe('CognitoEnterprise-COG6 UserPoolCaseInsensitiveSignIn', () => {
  test('compliant: CaseSensitive false', () => {
    const stack = newStack();
    compliantCfnUserPool(stack, 'Pool', { usernameConfiguration: { caseSensitive: false } });
    expect(pathsReportedBy('COG6', stack)).toEqual([]);
  });

  test('compliant: L2 pool with signInCaseSensitive false', () => {
    const stack = newStack();
    new cognito.UserPool(stack, 'Pool', { signInCaseSensitive: false });
    expect(pathsReportedBy('COG6', stack)).toEqual([]);
  });

  test.each([
    ['CaseSensitive true', { usernameConfiguration: { caseSensitive: true } }],
    ['UsernameConfiguration absent (CloudFormation is case-sensitive)', { usernameConfiguration: undefined }],
  ])('non-compliant: %s', (_case, overrides) => {
    const stack = newStack();
    compliantCfnUserPool(stack, 'Pool', overrides);
    expect(pathsReportedBy('COG6', stack)).toEqual(['Stack/Pool']);
  });
});
