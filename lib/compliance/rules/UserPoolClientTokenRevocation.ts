import { CfnResource } from 'aws-cdk-lib';
import { CfnUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { NagMessageLevel, NagRuleCompliance } from 'cdk-nag/lib/nag-rules';
import { CognitoRule, compliantIf } from '../cognito-rule';
import { literal } from '../resolve';

export const UserPoolClientTokenRevocation: CognitoRule = {
  id: 'COG4',
  name: 'UserPoolClientTokenRevocation',
  level: NagMessageLevel.ERROR,
  info: 'The Cognito app client has token revocation turned off.',
  explanation: 'Without token revocation, signing out or revoking a refresh token does not invalidate the access and ID tokens issued from it, so a stolen refresh token keeps working until it expires.',
  fix: 'Remove `enableTokenRevocation: false` (CloudFormation enables it when the property is absent) or set it to `true`.',
  check(node: CfnResource): NagRuleCompliance {
    if (!(node instanceof CfnUserPoolClient)) {
      return NagRuleCompliance.NOT_APPLICABLE;
    }
    return compliantIf(literal(node, node.enableTokenRevocation) !== false);
  },
};
