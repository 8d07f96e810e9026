import { App, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { UserImportPipeline } from '../../lib/operations';

// The one pipeline test that pays for CloudFormation's built-in validation: the state machine
// depends on its run policy while its child-execution policy depends on it, a shape that must
// not close a cycle.
describe('UserImportPipeline under CloudFormation validation', () => {
  const saved = process.env.CDK_VALIDATION;
  beforeAll(() => delete process.env.CDK_VALIDATION);
  afterAll(() => { process.env.CDK_VALIDATION = saved; });

  test('synthesizes without findings or dependency cycles', () => {
    const app = new App({ builtinCloudFormationValidation: true });
    const stack = new Stack(app, 'Import', { env: { account: '123456789012', region: 'eu-west-1' } });
    const userPool = new cognito.UserPool(stack, 'Pool');
    new UserImportPipeline(stack, 'UserImport', { userPool, maxRowsPerBatch: 10 });
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      app.synth();
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });
});
