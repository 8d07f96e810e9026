import { CfnDeletionPolicy, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { compliantCfnUserPool, newStack, pathsReportedBy } from '../nag-fixtures';

describe('CognitoEnterprise-COG8 UserPoolRetainedWithStack', () => {
  test('compliant: L2 pool with its default RETAIN removal policy', () => {
    const stack = newStack();
    new cognito.UserPool(stack, 'Pool');
    expect(pathsReportedBy('COG8', stack)).toEqual([]);
  });

  test('compliant: RetainExceptOnCreate deletion policy with Retain on replacement', () => {
    const stack = newStack();
    const pool = compliantCfnUserPool(stack, 'Pool');
    pool.cfnOptions.deletionPolicy = CfnDeletionPolicy.RETAIN_EXCEPT_ON_CREATE;
    expect(pathsReportedBy('COG8', stack)).toEqual([]);
  });

  test('non-compliant: L2 pool with RemovalPolicy.DESTROY', () => {
    const stack = newStack();
    new cognito.UserPool(stack, 'Pool', { removalPolicy: RemovalPolicy.DESTROY });
    expect(pathsReportedBy('COG8', stack)).toEqual(['Stack/Pool/Resource']);
  });

  test('non-compliant: no policies at all (CloudFormation deletes)', () => {
    const stack = newStack();
    const pool = compliantCfnUserPool(stack, 'Pool');
    pool.cfnOptions.deletionPolicy = undefined;
    pool.cfnOptions.updateReplacePolicy = undefined;
    expect(pathsReportedBy('COG8', stack)).toEqual(['Stack/Pool']);
  });

  test('non-compliant: retained on delete but deleted on replacement', () => {
    const stack = newStack();
    const pool = compliantCfnUserPool(stack, 'Pool');
    pool.cfnOptions.updateReplacePolicy = CfnDeletionPolicy.DELETE;
    expect(pathsReportedBy('COG8', stack)).toEqual(['Stack/Pool']);
  });
});
