import { compliantCfnUserPool, newStack, pathsReportedBy } from '../nag-fixtures';

describe('CognitoEnterprise-COG7 UserPoolDeletionProtection', () => {
  test('compliant: ACTIVE', () => {
    const stack = newStack();
    compliantCfnUserPool(stack, 'Pool', { deletionProtection: 'ACTIVE' });
    expect(pathsReportedBy('COG7', stack)).toEqual([]);
  });

  test.each([
    ['INACTIVE', 'INACTIVE'],
    ['absent (CloudFormation leaves it off)', undefined],
  ])('non-compliant: %s', (_case, deletionProtection) => {
    const stack = newStack();
    compliantCfnUserPool(stack, 'Pool', { deletionProtection });
    expect(pathsReportedBy('COG7', stack)).toEqual(['Stack/Pool']);
  });
});
