import { RefusedUpdateCheck } from './refused-update';
import { changedField } from './schema-attributes';

export const ATTRIBUTE_MUTABILITY_CHECK: RefusedUpdateCheck = {
  resourceType: 'AWS::Cognito::UserPool',
  statement: 'an existing attribute cannot be made mutable or immutable',
  source: 'CloudFormation AWS::Cognito::UserPool Schema: an update can add schema attributes but not modify an existing one; Schema is not a member of UpdateUserPoolRequest and AddCustomAttributes only adds',
  check: (before, after) => changedField('Mutable', before, after, true),
};
