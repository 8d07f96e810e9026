import { Duration } from 'aws-cdk-lib';
import { durationOutside } from '../checks';
import { isKnown } from '../resolved';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { ClientSubject } from '../subjects';

export const CLIENT_TOKEN_VALIDITY_RULE: SynthRule<ClientSubject> = {
  id: 'CE-CLIENT-TOKEN-VALIDITY',
  appliesTo: 'app client',
  statement: 'access and ID tokens are valid 5 minutes to 1 day, refresh tokens 60 minutes to 10 years, and access and ID tokens no longer than refresh tokens',
  source: 'Cognito API UserPoolClientType; CloudFormation AWS::Cognito::UserPoolClient TokenValidityUnits',
  severity: RuleSeverity.ERROR,
  check: ({ options }) => {
    const violations: Violation[] = [
      ...durationOutside('accessTokenValidity', options.accessTokenValidity, Duration.minutes(5), Duration.days(1)),
      ...durationOutside('idTokenValidity', options.idTokenValidity, Duration.minutes(5), Duration.days(1)),
      ...durationOutside('refreshTokenValidity', options.refreshTokenValidity, Duration.minutes(60), Duration.days(3650)),
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
