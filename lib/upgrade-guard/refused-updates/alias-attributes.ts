import { RefusedUpdateCheck } from './refused-update';
import { changedAttributeList } from './sign-in-attributes';

export const ALIAS_ATTRIBUTES_CHECK: RefusedUpdateCheck = {
  resourceType: 'AWS::Cognito::UserPool',
  statement: 'which attributes users may sign in with instead of their username (AliasAttributes) is fixed when the pool is created',
  source: 'Cognito API: AliasAttributes is a member of CreateUserPoolRequest but not of UpdateUserPoolRequest; CloudFormation records no replacement for it (@aws-cdk/aws-service-spec)',
  check: (before, after) => changedAttributeList('AliasAttributes', before, after),
};
