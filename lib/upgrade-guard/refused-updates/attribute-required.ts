import { RefusedUpdateCheck } from './refused-update';
import { changedField } from './schema-attributes';

export const ATTRIBUTE_REQUIRED_CHECK: RefusedUpdateCheck = {
  resourceType: 'AWS::Cognito::UserPool',
  statement: 'an attribute cannot be switched between required and optional after the pool is created',
  source: 'Cognito developer guide, user pool attributes: "An attribute cannot be switched between required and not required after a user pool has been created"; Schema is not a member of UpdateUserPoolRequest',
  check: (before, after) => changedField('Required', before, after, true),
};
