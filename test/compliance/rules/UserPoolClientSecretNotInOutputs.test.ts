import { CfnOutput } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { compliantCfnUserPoolClient, newStack, pathsReportedBy } from '../nag-fixtures';

describe('CognitoEnterprise-COG9 UserPoolClientSecretNotInOutputs', () => {
  test('compliant: outputs carry the client id only', () => {
    const stack = newStack();
    const client = compliantCfnUserPoolClient(stack, 'Client', { generateSecret: true });
    new CfnOutput(stack, 'ClientId', { value: client.ref });
    expect(pathsReportedBy('COG9', stack)).toEqual([]);
  });

  test('non-compliant: an L1 client\'s ClientSecret attribute in an output', () => {
    const stack = newStack();
    const client = compliantCfnUserPoolClient(stack, 'Client', { generateSecret: true });
    new CfnOutput(stack, 'ClientSecret', { value: client.attrClientSecret });
    expect(pathsReportedBy('COG9', stack)).toEqual(['Stack/Client']);
  });

  test('non-compliant: an L2 client\'s userPoolClientSecret inside a joined output value', () => {
    const stack = newStack();
    const client = new cognito.UserPool(stack, 'Pool').addClient('Client', { generateSecret: true });
    new CfnOutput(stack, 'Credentials', { value: `${client.userPoolClientId}:${client.userPoolClientSecret.unsafeUnwrap()}` });
    expect(pathsReportedBy('COG9', stack)).toEqual(['Stack/Pool/Client/Resource']);
  });

  test('only the client whose secret is output is reported', () => {
    const stack = newStack();
    const pool = new cognito.UserPool(stack, 'Pool');
    pool.addClient('Quiet', { generateSecret: true });
    const leaky = pool.addClient('Leaky', { generateSecret: true });
    new CfnOutput(stack, 'Secret', { value: leaky.userPoolClientSecret.unsafeUnwrap() });
    expect(pathsReportedBy('COG9', stack)).toEqual(['Stack/Pool/Leaky/Resource']);
  });
});
