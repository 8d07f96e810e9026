import { buildExampleApp } from '../../bin/example-app';
import { cloudFormationValidationReports } from '../support/cloudformation-validation';

// `cdk synth` of the example app leaves CloudFormation's built-in validation to this test, so the
// README's command stays fast while CI still validates every stack it synthesizes, nag packs attached.
describe('the example app, under CloudFormation validation and the nag packs', () => {
  test('synthesizes every environment without findings or dependency cycles', () => {
    const reports = cloudFormationValidationReports((app) => buildExampleApp(app));
    expect(reports).toEqual([]);
  });
});
