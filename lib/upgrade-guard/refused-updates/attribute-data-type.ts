import { RefusedUpdateCheck } from './refused-update';
import { changedField } from './schema-attributes';

export const ATTRIBUTE_DATA_TYPE_CHECK: RefusedUpdateCheck = {
  resourceType: 'AWS::Cognito::UserPool',
  statement: 'an existing attribute\'s data type cannot change',
  source: 'CloudFormation AWS::Cognito::UserPool Schema: an update can add schema attributes but not modify an existing one; Cognito developer guide, custom attributes cannot be changed once added',
  check: (before, after) => changedField('AttributeDataType', before, after, false),
};
