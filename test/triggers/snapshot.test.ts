import { Template } from 'aws-cdk-lib/assertions';
import { triggersStack } from './support/all-triggers-stack';

test('the template of a pool with every bundled trigger', () => {
  const { stack } = triggersStack();
  expect(Template.fromStack(stack).toJSON()).toMatchSnapshot();
});
