import { CfnIdentityPool } from 'aws-cdk-lib/aws-cognito';
import { newStack, pathsReportedBy } from '../nag-fixtures';

describe('CognitoEnterprise-COG13 IdentityPoolNoClassicFlow', () => {
  test.each([
    ['classic flow off', false],
    ['classic flow absent', undefined],
  ])('compliant: %s', (_case, allowClassicFlow) => {
    const stack = newStack();
    new CfnIdentityPool(stack, 'IdentityPool', { allowUnauthenticatedIdentities: false, allowClassicFlow });
    expect(pathsReportedBy('COG13', stack)).toEqual([]);
  });

  test('non-compliant: classic flow allowed', () => {
    const stack = newStack();
    new CfnIdentityPool(stack, 'IdentityPool', { allowUnauthenticatedIdentities: false, allowClassicFlow: true });
    expect(pathsReportedBy('COG13', stack)).toEqual(['Stack/IdentityPool']);
  });
});
