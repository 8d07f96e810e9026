import { Duration } from 'aws-cdk-lib';
import { durationOutside } from '../checks';
import { isKnown } from '../resolved';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { ClientSubject } from '../subjects';

const TOKEN_MIN_SECONDS = Duration.minutes(5).toSeconds();
const TOKEN_MAX_SECONDS = Duration.days(1).toSeconds();
const REFRESH_MIN_SECONDS = Duration.minutes(60).toSeconds();
const REFRESH_MAX_SECONDS = Duration.days(3650).toSeconds();

export const CLIENT_TOKEN_VALIDITY_RULE: SynthRule<ClientSubject> = {
  id: 'CE-CLIENT-TOKEN-VALIDITY',
  appliesTo: 'app client',
  statement: 'access and ID tokens are valid 5 minutes to 1 day, refresh tokens 60 minutes to 10 years, and access and ID tokens no longer than refresh tokens',
  source: 'Cognito API UserPoolClientType; CloudFormation AWS::Cognito::UserPoolClient TokenValidityUnits',
  severity: RuleSeverity.ERROR,
  check: ({ options }) => {
    const violations: Violation[] = [
      ...durationOutside('accessTokenValidity', options.accessTokenValidity, TOKEN_MIN_SECONDS, TOKEN_MAX_SECONDS),
      ...durationOutside('idTokenValidity', options.idTokenValidity, TOKEN_MIN_SECONDS, TOKEN_MAX_SECONDS),
      ...durationOutside('refreshTokenValidity', options.refreshTokenValidity, REFRESH_MIN_SECONDS, REFRESH_MAX_SECONDS),
    ];
    const refresh = options.refreshTokenValidity;
    if (refresh !== undefined && isKnown(refresh)) {
      for (const [prop, validity] of [['accessTokenValidity', options.accessTokenValidity], ['idTokenValidity', options.idTokenValidity]] as const) {
        if (validity !== undefined && isKnown(validity) && validity.toSeconds() > refresh.toSeconds()) {
          violations.push({ prop, value: validity, detail: `must not exceed refreshTokenValidity (${refresh.toHumanString()})` });
        }
      }
    }
    return violations;
  },
};
