import { CfnResource } from 'aws-cdk-lib';
import { CfnUserPool } from 'aws-cdk-lib/aws-cognito';
import { NagMessageLevel, NagRuleCompliance } from 'cdk-nag/lib/nag-rules';
import { CognitoRule, judgeKnownValue } from '../cognito-rule';
import { literal } from '../resolve';

export const UserPoolCaseInsensitiveSignIn: CognitoRule = {
  id: 'COG6',
  name: 'UserPoolCaseInsensitiveSignIn',
  level: NagMessageLevel.WARN,
  info: 'The Cognito user pool signs users in case-sensitively (UsernameConfiguration.CaseSensitive is not false; CloudFormation treats an absent value as case-sensitive).',
  explanation: 'With case-sensitive sign-in, `Alice@example.com` and `alice@example.com` are different users: people get locked out and duplicate accounts appear. The setting cannot be changed after the pool is created.',
  fix: 'Set `signInCaseSensitive: false` (L2) or `UsernameConfiguration: { CaseSensitive: false }` before the pool is first deployed.',
  check(node: CfnResource): NagRuleCompliance {
    if (!(node instanceof CfnUserPool)) {
      return NagRuleCompliance.NOT_APPLICABLE;
    }
    return judgeKnownValue(literal(node, node.usernameConfiguration)?.caseSensitive, (caseSensitive) => caseSensitive === false);
  },
};
