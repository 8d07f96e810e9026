import { CfnResource } from 'aws-cdk-lib';
import { CfnUserPool } from 'aws-cdk-lib/aws-cognito';
import { NagMessageLevel, NagRuleCompliance } from 'cdk-nag/lib/nag-rules';
import { CognitoRule, judgeKnownValue } from '../cognito-rule';
import { resolveValue } from '../resolve';

export const UserPoolDeletionProtection: CognitoRule = {
  id: 'COG7',
  name: 'UserPoolDeletionProtection',
  level: NagMessageLevel.ERROR,
  info: 'The Cognito user pool does not have deletion protection enabled.',
  explanation: 'Deleting a user pool deletes every user in it, and the users cannot be restored. Deletion protection makes Cognito refuse the delete, whoever or whatever asks for it.',
  fix: 'Set `deletionProtection: true` (L2) or `DeletionProtection: ACTIVE`.',
  check(node: CfnResource): NagRuleCompliance {
    if (!(node instanceof CfnUserPool)) {
      return NagRuleCompliance.NOT_APPLICABLE;
    }
    return judgeKnownValue(resolveValue(node, node.deletionProtection), (protection) => protection === 'ACTIVE');
  },
};
