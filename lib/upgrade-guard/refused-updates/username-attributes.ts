import { RefusedUpdateCheck } from './refused-update';
import { changedAttributeList } from './sign-in-attributes';

export const USERNAME_ATTRIBUTES_CHECK: RefusedUpdateCheck = {
  resourceType: 'AWS::Cognito::UserPool',
  statement: 'which attributes users sign up and sign in with as their username (UsernameAttributes) is fixed when the pool is created',
  source: 'Cognito API: UsernameAttributes is a member of CreateUserPoolRequest but not of UpdateUserPoolRequest; CloudFormation records no replacement for it (@aws-cdk/aws-service-spec)',
  check: (before, after) => changedAttributeList('UsernameAttributes', before, after),
};
