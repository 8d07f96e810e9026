import { RefusedUpdateCheck } from './refused-update';
import { changedField } from './schema-attributes';

export const ATTRIBUTE_DEVELOPER_ONLY_CHECK: RefusedUpdateCheck = {
  resourceType: 'AWS::Cognito::UserPool',
  statement: 'an existing attribute cannot become developer-only (dev:) or stop being one',
  source: 'Cognito API SchemaAttributeType: DeveloperOnlyAttribute creates the attribute as dev:<name>, a different attribute; CloudFormation AWS::Cognito::UserPool Schema: an existing schema attribute cannot be modified',
  check: (before, after) => changedField('DeveloperOnlyAttribute', before, after, false),
};
