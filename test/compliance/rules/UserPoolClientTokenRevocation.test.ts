import { compliantCfnUserPoolClient, newStack, pathsReportedBy } from '../nag-fixtures';

describe('CognitoEnterprise-COG4 UserPoolClientTokenRevocation', () => {
  test.each([
    ['enabled', true],
    ['absent (CloudFormation enables it)', undefined],
  ])('compliant: token revocation %s', (_case, enableTokenRevocation) => {
    const stack = newStack();
    compliantCfnUserPoolClient(stack, 'Client', { enableTokenRevocation });
    expect(pathsReportedBy('COG4', stack)).toEqual([]);
  });

  test('non-compliant: token revocation turned off', () => {
    const stack = newStack();
    compliantCfnUserPoolClient(stack, 'Client', { enableTokenRevocation: false });
    expect(pathsReportedBy('COG4', stack)).toEqual(['Stack/Client']);
  });
});
