import { CfnResource } from 'aws-cdk-lib';
import { CfnUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { NagMessageLevel, NagRuleCompliance } from 'cdk-nag/lib/nag-rules';
import { CognitoRule, compliantIf } from '../cognito-rule';
import { literal } from '../resolve';

export const UserPoolClientNoImplicitGrant: CognitoRule = {
  id: 'COG1',
  name: 'UserPoolClientNoImplicitGrant',
  level: NagMessageLevel.ERROR,
  info: 'The Cognito app client allows the OAuth implicit grant.',
  explanation: 'The implicit grant returns tokens in the redirect URL, where browser history, logs and referrer headers can leak them, and it cannot use PKCE or refresh tokens. OAuth 2.0 Security Best Current Practice (RFC 9700) says not to use it.',
  fix: 'Use the authorization code grant with PKCE: `oAuth.flows: { authorizationCodeGrant: true }` (L2) or remove `implicit` from `AllowedOAuthFlows`.',
  check(node: CfnResource): NagRuleCompliance {
    if (!(node instanceof CfnUserPoolClient)) {
      return NagRuleCompliance.NOT_APPLICABLE;
    }
    const flows = literal(node, node.allowedOAuthFlows);
    return compliantIf(!(Array.isArray(flows) && flows.includes('implicit')));
  },
};
