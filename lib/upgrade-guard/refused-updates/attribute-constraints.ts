import { RefusedUpdateCheck } from './refused-update';
import { changedField } from './schema-attributes';

export const ATTRIBUTE_CONSTRAINTS_CHECK: RefusedUpdateCheck = {
  resourceType: 'AWS::Cognito::UserPool',
  statement: 'an existing attribute\'s length or value constraints cannot change, neither widened nor narrowed',
  source: 'CloudFormation AWS::Cognito::UserPool Schema: an update can add schema attributes but not modify an existing one; no Cognito operation modifies an attribute (UpdateUserPoolRequest has no Schema, AddCustomAttributes only adds)',
  check: (before, after) => [
    ...changedField('StringAttributeConstraints', before, after, false),
    ...changedField('NumberAttributeConstraints', before, after, false),
  ],
};
