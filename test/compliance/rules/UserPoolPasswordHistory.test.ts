import { compliantCfnUserPool, newStack, pathsReportedBy } from '../nag-fixtures';

describe('CognitoEnterprise-COG11 UserPoolPasswordHistory', () => {
  test('compliant: history of 5 passwords', () => {
    const stack = newStack();
    compliantCfnUserPool(stack, 'Pool', { policies: { passwordPolicy: { passwordHistorySize: 5 } } });
    expect(pathsReportedBy('COG11', stack)).toEqual([]);
  });

  test.each([
    ['history size 0', { policies: { passwordPolicy: { passwordHistorySize: 0 } } }],
    ['password policy without history', { policies: { passwordPolicy: { minimumLength: 12 } } }],
    ['no policies at all', { policies: undefined }],
  ])('non-compliant: %s', (_case, overrides) => {
    const stack = newStack();
    compliantCfnUserPool(stack, 'Pool', overrides);
    expect(pathsReportedBy('COG11', stack)).toEqual(['Stack/Pool']);
  });
});
