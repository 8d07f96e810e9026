import { CfnResource } from 'aws-cdk-lib';
import { CfnUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { NagMessageLevel, NagRuleCompliance } from 'cdk-nag/lib/nag-rules';
import { CognitoRule, compliantIf } from '../cognito-rule';
import { literal } from '../resolve';

const ADMIN_SCOPE = 'aws.cognito.signin.user.admin';

export const UserPoolClientNoAdminScopeWithoutSecret: CognitoRule = {
  id: 'COG2',
  name: 'UserPoolClientNoAdminScopeWithoutSecret',
  level: NagMessageLevel.ERROR,
  info: `The public Cognito app client (no client secret) grants the \`${ADMIN_SCOPE}\` scope.`,
  explanation: 'An access token with this scope lets its holder call the Cognito user APIs (read and change attributes, change MFA, delete the user) directly. On a public client such as a browser or mobile app, a stolen token is enough to take over the account\'s profile.',
  fix: 'Remove `OAuthScope.COGNITO_ADMIN` from `oAuth.scopes` (the L2 client grants it by default), or use a confidential client with a secret that runs on a server.',
  check(node: CfnResource): NagRuleCompliance {
    if (!(node instanceof CfnUserPoolClient)) {
      return NagRuleCompliance.NOT_APPLICABLE;
    }
    if (literal(node, node.generateSecret) === true) {
      return NagRuleCompliance.COMPLIANT;
    }
    const scopes = literal(node, node.allowedOAuthScopes);
    return compliantIf(!(Array.isArray(scopes) && scopes.includes(ADMIN_SCOPE)));
  },
};
