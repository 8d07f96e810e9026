import { App, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { UserImportPipeline, UserImportPipelineProps } from '../../../lib/operations';

type ExtraProps = Partial<UserImportPipelineProps>;

/** A stack with a plain user pool and a UserImportPipeline for it; props may be built inside the stack. */
export function importPipelineStack(props: ExtraProps | ((stack: Stack) => ExtraProps) = {}) {
  const app = new App();
  const stack = new Stack(app, 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
  const userPool = new cognito.UserPool(stack, 'Pool');
  const extra = typeof props === 'function' ? props(stack) : props;
  const pipeline = new UserImportPipeline(stack, 'Import', { userPool, ...extra });
  return { app, stack, userPool, pipeline };
}
