import { RefusedUpdateCheck } from './refused-update';
import { removedCustomAttributes } from './schema-attributes';

export const CUSTOM_ATTRIBUTE_REMOVED_CHECK: RefusedUpdateCheck = {
  resourceType: 'AWS::Cognito::UserPool',
  statement: 'a custom attribute cannot be removed from the schema once it exists',
  source: 'Cognito API AddCustomAttributes: "You can\'t delete custom attributes after you create them"; CloudFormation AWS::Cognito::UserPool Schema: an update can add schema attributes but not modify or delete one',
  check: (before, after) => removedCustomAttributes(before, after)
    .map((name) => ({ property: `Schema.${name}`, detail: 'removed' })),
};
