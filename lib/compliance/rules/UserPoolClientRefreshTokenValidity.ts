import { CfnResource } from 'aws-cdk-lib';
import { CfnUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { NagMessageLevel, NagRuleCompliance } from 'cdk-nag/lib/nag-rules';
import { CognitoRule, RuleSettings, compliantIf } from '../cognito-rule';
import { isIntrinsic, literal } from '../resolve';

// Cognito's values when RefreshTokenValidity or TokenValidityUnits.RefreshToken is absent.
const DEFAULT_REFRESH_TOKEN_VALIDITY = 30;
const DEFAULT_REFRESH_TOKEN_UNIT = 'days';
const DAYS_PER_UNIT: { [unit: string]: number } = {
  seconds: 1 / 86_400,
  minutes: 1 / 1_440,
  hours: 1 / 24,
  days: 1,
};

export const UserPoolClientRefreshTokenValidity: CognitoRule = {
  id: 'COG10',
  name: 'UserPoolClientRefreshTokenValidity',
  level: NagMessageLevel.WARN,
  info: 'The Cognito app client issues refresh tokens valid for longer than the policy limit (`maxRefreshTokenValidityDays`, 30 days by default; Cognito issues 30-day tokens when RefreshTokenValidity is absent).',
  explanation: 'A refresh token is a long-lived credential: whoever holds it can mint new access tokens until it expires. The longer it lives, the longer a stolen one stays useful.',
  fix: 'Set `refreshTokenValidity` (L2) or `RefreshTokenValidity` with `TokenValidityUnits.RefreshToken` to at most the limit, or raise `maxRefreshTokenValidityDays` on the pack if your policy allows it.',
  check(node: CfnResource, settings: RuleSettings): NagRuleCompliance {
    if (!(node instanceof CfnUserPoolClient)) {
      return NagRuleCompliance.NOT_APPLICABLE;
    }
    const validity = literal(node, node.refreshTokenValidity) ?? DEFAULT_REFRESH_TOKEN_VALIDITY;
    const unit = literal(node, node.tokenValidityUnits)?.refreshToken ?? DEFAULT_REFRESH_TOKEN_UNIT;
    if (typeof validity !== 'number' || isIntrinsic(unit) || DAYS_PER_UNIT[unit] === undefined) {
      return NagRuleCompliance.NOT_APPLICABLE;
    }
    return compliantIf(validity * DAYS_PER_UNIT[unit] <= settings.maxRefreshTokenValidityDays);
  },
};
