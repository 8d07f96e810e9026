import { Token } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { IConstruct } from 'constructs';

/**
 * Checks that the pool's groups, wherever in the app they were declared (`userPool.addGroup`, a
 * `CfnUserPoolGroup`), have distinct names: Cognito refuses the second with GroupExistsException.
 * Runs at synth because groups may be added after the construct; `everything` is every construct of the app.
 */
export function groupNameProblems(userPool: cognito.UserPool, everything: ReadonlyArray<IConstruct>): string[] {
  const groups = everything
    .filter((construct): construct is cognito.CfnUserPoolGroup => construct instanceof cognito.CfnUserPoolGroup)
    .filter((group) => group.userPoolId === userPool.userPoolId);
  const firstWithName = new Map<string, cognito.CfnUserPoolGroup>();
  const problems: string[] = [];
  for (const group of groups) {
    const name = group.groupName;
    if (name === undefined || Token.isUnresolved(name)) {
      continue;
    }
    const first = firstWithName.get(name);
    if (first === undefined) {
      firstWithName.set(name, group);
    } else {
      problems.push(`[CE-GROUP] ${group.node.path}: groupName is "${name}" — ${first.node.path} has the same name; group names are unique within a pool`);
    }
  }
  return problems;
}
