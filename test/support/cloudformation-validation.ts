import { App } from 'aws-cdk-lib';

/**
 * An app checked by aws-cdk-lib's built-in CloudFormation validation, which the rest of the suite
 * turns off for speed. Export one from a `<name>.cfn-validation.ts` file next to the tests of its
 * area: test/cloudformation-validation.test.ts runs them all in one process, which pays for the
 * validator's start-up (about 10 s of CPU) once instead of once per test file.
 */
export interface CloudFormationValidationScenario {
  readonly name: string;
  readonly build: (app: App) => void;
}

/**
 * Synthesizes with aws-cdk-lib's built-in CloudFormation validation and returns what it reported
 * (dependency cycles among them). It reports through console.error rather than by throwing.
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
