import { Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { UserImportPipeline } from '../../lib/operations';
import { CloudFormationValidationScenario } from '../support/cloudformation-validation';

// The one pipeline scenario that pays for CloudFormation's built-in validation: the state machine
// depends on its run policy while its child-execution policy depends on it, a shape that must
// not close a cycle.
export const USER_IMPORT_PIPELINE: CloudFormationValidationScenario = {
  name: 'UserImportPipeline',
  build: (app) => {
    const stack = new Stack(app, 'Import', { env: { account: '123456789012', region: 'eu-west-1' } });
    const userPool = new cognito.UserPool(stack, 'Pool');
    new UserImportPipeline(stack, 'UserImport', { userPool, maxRowsPerBatch: 10 });
  },
};
