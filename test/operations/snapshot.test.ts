import { Template } from 'aws-cdk-lib/assertions';
import { importPipelineStack } from './support/import-pipeline-stack';

test('the template of a user-import pipeline on its defaults', () => {
  expect(Template.fromStack(importPipelineStack().stack).toJSON()).toMatchSnapshot();
});
