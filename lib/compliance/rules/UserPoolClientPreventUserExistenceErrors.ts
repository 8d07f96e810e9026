import { CfnResource } from 'aws-cdk-lib';
import { CfnUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { NagMessageLevel, NagRuleCompliance } from 'cdk-nag/lib/nag-rules';
import { CognitoRule, judgeKnownValue } from '../cognito-rule';
import { resolveValue } from '../resolve';

export const UserPoolClientPreventUserExistenceErrors: CognitoRule = {
  id: 'COG5',
  name: 'UserPoolClientPreventUserExistenceErrors',
  level: NagMessageLevel.WARN,
  info: 'The Cognito app client does not prevent user existence errors (PreventUserExistenceErrors is not ENABLED; CloudFormation uses LEGACY when it is absent).',
  explanation: 'In LEGACY mode sign-in, password reset and confirmation answer differently for unknown users, so anyone can enumerate which usernames or email addresses have accounts.',
  fix: 'Set `preventUserExistenceErrors: true` (L2) or `PreventUserExistenceErrors: ENABLED`.',
  check(node: CfnResource): NagRuleCompliance {
    if (!(node instanceof CfnUserPoolClient)) {
      return NagRuleCompliance.NOT_APPLICABLE;
    }
    return judgeKnownValue(resolveValue(node, node.preventUserExistenceErrors), (mode) => mode === 'ENABLED');
  },
};
