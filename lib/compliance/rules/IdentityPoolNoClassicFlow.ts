import { CfnResource } from 'aws-cdk-lib';
import { CfnIdentityPool } from 'aws-cdk-lib/aws-cognito';
import { NagMessageLevel, NagRuleCompliance } from 'cdk-nag/lib/nag-rules';
import { CognitoRule, compliantIf } from '../cognito-rule';
import { literal } from '../resolve';

export const IdentityPoolNoClassicFlow: CognitoRule = {
  id: 'COG13',
  name: 'IdentityPoolNoClassicFlow',
  level: NagMessageLevel.ERROR,
  info: 'The Cognito identity pool allows the classic (basic) authentication flow.',
  explanation: 'The classic flow hands the client an OpenID token it can exchange for any IAM role that trusts the identity pool, bypassing the pool\'s role mapping and the session policy Cognito applies to guest credentials in the enhanced flow.',
  fix: 'Remove `allowClassicFlow: true` (L2) or `AllowClassicFlow: true`, and use the enhanced flow (`GetCredentialsForIdentity`).',
  check(node: CfnResource): NagRuleCompliance {
    if (!(node instanceof CfnIdentityPool)) {
      return NagRuleCompliance.NOT_APPLICABLE;
    }
    return compliantIf(literal(node, node.allowClassicFlow) !== true);
  },
};
