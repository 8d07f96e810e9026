import { buildExampleApp } from '../../bin/app';
import { CloudFormationValidationScenario } from '../support/cloudformation-validation';

// `cdk synth` of the example app leaves CloudFormation's built-in validation to the suite, so the
// README's command stays fast while CI still validates every stack it synthesizes, nag packs attached.
export const EXAMPLE_APP: CloudFormationValidationScenario = {
  name: 'The example app, every environment, nag packs attached',
  build: (app) => buildExampleApp(app),
};
