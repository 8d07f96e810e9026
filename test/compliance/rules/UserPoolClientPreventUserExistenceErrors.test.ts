import { compliantCfnUserPoolClient, newStack, pathsReportedBy } from '../nag-fixtures';

describe('CognitoEnterprise-COG5 UserPoolClientPreventUserExistenceErrors', () => {
  test('compliant: ENABLED', () => {
    const stack = newStack();
    compliantCfnUserPoolClient(stack, 'Client', { preventUserExistenceErrors: 'ENABLED' });
    expect(pathsReportedBy('COG5', stack)).toEqual([]);
  });

  test.each([
    ['LEGACY', 'LEGACY'],
    ['absent (CloudFormation uses LEGACY)', undefined],
  ])('non-compliant: %s', (_case, preventUserExistenceErrors) => {
    const stack = newStack();
    compliantCfnUserPoolClient(stack, 'Client', { preventUserExistenceErrors });
    expect(pathsReportedBy('COG5', stack)).toEqual(['Stack/Client']);
  });
});
