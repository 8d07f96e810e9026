import { App } from 'aws-cdk-lib';

/**
 * Synthesizes with aws-cdk-lib's built-in CloudFormation validation, which the rest of the suite
 * turns off for speed, and returns what it reported (dependency cycles among them). It reports
 * through console.error rather than by throwing.
 */
export function cloudFormationValidationReports(build: (app: App) => void): unknown[][] {
  const saved = process.env.CDK_VALIDATION;
  delete process.env.CDK_VALIDATION;
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const app = new App({ builtinCloudFormationValidation: true });
    build(app);
    app.synth();
    return errors.mock.calls;
  } finally {
    errors.mockRestore();
    if (saved !== undefined) {
      process.env.CDK_VALIDATION = saved;
    }
  }
}
