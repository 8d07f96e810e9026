import { Template } from 'aws-cdk-lib/assertions';
import { lifecycleStack } from '../support/lifecycle-stack';

test('the template of UserAnalytics and InactiveUserPolicy on their defaults', () => {
  expect(Template.fromStack(lifecycleStack().stack).toJSON()).toMatchSnapshot();
});
