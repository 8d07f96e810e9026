import { Stack, Token } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { LifecycleSubject } from './lifecycle-subject';
import { RuleSeverity, SynthRule, Violation } from '../../private/validation/rule';

// CloudFormation AWS::Cognito::UserPoolGroup GroupName / API ListUsersInGroupRequest.GroupName: 1–128 characters.
const GROUP_NAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$/u;

/** The literal names of the groups this app creates in the pool, or undefined when the pool is imported. */
function knownGroups(pool: cognito.IUserPool | undefined): Set<string> | undefined {
  if (!(pool instanceof cognito.UserPool)) {
    return undefined;
  }
  const stack = Stack.of(pool);
  const names = new Set<string>();
  for (const child of stack.node.findAll()) {
    if (child instanceof cognito.CfnUserPoolGroup && stack.resolve(child.userPoolId)?.Ref === stack.resolve(pool.userPoolId)?.Ref
      && typeof child.groupName === 'string' && !Token.isUnresolved(child.groupName)) {
      names.add(child.groupName);
    }
  }
  return names;
}

export const INACTIVE_EXEMPT_GROUPS_RULE: SynthRule<LifecycleSubject> = {
  id: 'CE-INACTIVE-EXEMPT-GROUPS',
  appliesTo: 'inactive-user policy',
  statement: 'each exempt group must be a valid group name (1–128 characters) and, when the pool is defined in this app, one of its groups: '
    + 'a misspelt exemption would let the policy disable the accounts it should protect, and ListUsersInGroup fails the run on an unknown group',
  source: 'API ListUsersInGroupRequest.GroupName (length 1–128, pattern [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+; ResourceNotFoundException); CloudFormation AWS::Cognito::UserPoolGroup',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const groups = props.exemptGroups ?? [];
    const known = knownGroups(props.userPool);
    const violations: Violation[] = [];
    groups.forEach((group, index) => {
      if (Token.isUnresolved(group)) {
        return;
      }
      if (!GROUP_NAME.test(group)) {
        violations.push({ prop: `exemptGroups[${index}]`, value: group });
      } else if (known && !known.has(group)) {
        violations.push({ prop: `exemptGroups[${index}]`, value: group, detail: `is not a group of the user pool (its groups: ${[...known].sort().join(', ') || 'none'})` });
      }
    });
    return violations;
  },
};
