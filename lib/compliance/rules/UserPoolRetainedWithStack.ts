import { CfnDeletionPolicy, CfnResource } from 'aws-cdk-lib';
import { CfnUserPool } from 'aws-cdk-lib/aws-cognito';
import { NagMessageLevel, NagRuleCompliance } from 'cdk-nag/lib/nag-rules';
import { CognitoRule, compliantIf } from '../cognito-rule';

const KEEPS_POOL_ON_DELETE = [CfnDeletionPolicy.RETAIN, CfnDeletionPolicy.RETAIN_EXCEPT_ON_CREATE];

export const UserPoolRetainedWithStack: CognitoRule = {
  id: 'COG8',
  name: 'UserPoolRetainedWithStack',
  level: NagMessageLevel.ERROR,
  info: 'The Cognito user pool would be deleted with its stack or on replacement (DeletionPolicy or UpdateReplacePolicy is not Retain; CloudFormation deletes when they are absent).',
  explanation: 'A stack deletion, or a refactoring that moves the pool to a new logical ID, deletes the pool and every user in it. A Retain policy keeps the pool so it can be imported again.',
  fix: 'Set `removalPolicy: RemovalPolicy.RETAIN` (L2) or `cfnOptions.deletionPolicy` and `cfnOptions.updateReplacePolicy` to `CfnDeletionPolicy.RETAIN`.',
  check(node: CfnResource): NagRuleCompliance {
    if (!(node instanceof CfnUserPool)) {
      return NagRuleCompliance.NOT_APPLICABLE;
    }
    const { deletionPolicy, updateReplacePolicy } = node.cfnOptions;
    return compliantIf(
      deletionPolicy !== undefined && KEEPS_POOL_ON_DELETE.includes(deletionPolicy) && updateReplacePolicy === CfnDeletionPolicy.RETAIN,
    );
  },
};
