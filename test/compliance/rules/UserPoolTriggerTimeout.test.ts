import { Duration, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { newStack, pathsReportedBy } from '../nag-fixtures';

function triggerFunction(stack: Stack, id: string, timeout: Duration): lambda.Function {
  return new lambda.Function(stack, id, {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async (event) => event;'),
    timeout,
  });
}

describe('CognitoEnterprise-COG12 UserPoolTriggerTimeout', () => {
  test('compliant: a 5-second trigger', () => {
    const stack = newStack();
    new cognito.UserPool(stack, 'Pool', { lambdaTriggers: { preSignUp: triggerFunction(stack, 'PreSignUp', Duration.seconds(5)) } });
    expect(pathsReportedBy('COG12', stack)).toEqual([]);
  });

  test('compliant: a slow function that is not a trigger', () => {
    const stack = newStack();
    new cognito.UserPool(stack, 'Pool');
    triggerFunction(stack, 'Worker', Duration.minutes(5));
    expect(pathsReportedBy('COG12', stack)).toEqual([]);
  });

  test('non-compliant: a 30-second trigger on an L2 pool', () => {
    const stack = newStack();
    new cognito.UserPool(stack, 'Pool', { lambdaTriggers: { postConfirmation: triggerFunction(stack, 'PostConfirmation', Duration.seconds(30)) } });
    expect(pathsReportedBy('COG12', stack)).toEqual(['Stack/PostConfirmation/Resource']);
  });

  test('non-compliant: a slow pre-token-generation V2 trigger on an L1 pool', () => {
    const stack = newStack();
    const fn = triggerFunction(stack, 'PreToken', Duration.seconds(10));
    new cognito.CfnUserPool(stack, 'Pool', {
      lambdaConfig: { preTokenGenerationConfig: { lambdaArn: fn.functionArn, lambdaVersion: 'V2_0' } },
    });
    expect(pathsReportedBy('COG12', stack)).toEqual(['Stack/PreToken/Resource']);
  });
});
