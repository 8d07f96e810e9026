import { CfnResource } from 'aws-cdk-lib';
import { CfnUserPool } from 'aws-cdk-lib/aws-cognito';
import { NagMessageLevel, NagRuleCompliance } from 'cdk-nag/lib/nag-rules';
import { CognitoRule, judgeKnownValue } from '../cognito-rule';
import { literal } from '../resolve';

export const UserPoolPasswordHistory: CognitoRule = {
  id: 'COG11',
  name: 'UserPoolPasswordHistory',
  level: NagMessageLevel.WARN,
  info: 'The Cognito user pool does not prevent password reuse (PasswordPolicy.PasswordHistorySize is absent or 0).',
  explanation: 'Without a password history a user forced to change a leaked password can set the same one again. PCI DSS and NIST guidance ask that recent passwords are not reused. Password history needs the Essentials or Plus feature plan.',
  fix: 'Set `passwordPolicy.passwordHistorySize` (L2) or `Policies.PasswordPolicy.PasswordHistorySize` to 1–24, on the Essentials or Plus feature plan.',
  check(node: CfnResource): NagRuleCompliance {
    if (!(node instanceof CfnUserPool)) {
      return NagRuleCompliance.NOT_APPLICABLE;
    }
    return judgeKnownValue(literal(node, node.policies)?.passwordPolicy?.passwordHistorySize, (size) => typeof size === 'number' && size > 0);
  },
};
