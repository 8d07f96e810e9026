import { Duration } from 'aws-cdk-lib';
import { durationOutside } from '../checks';
import { RuleSeverity, SynthRule } from '../rule';
import { ClientSubject } from '../subjects';

const MIN_SECONDS = Duration.minutes(3).toSeconds();
const MAX_SECONDS = Duration.minutes(15).toSeconds();

export const CLIENT_AUTH_SESSION_VALIDITY_RULE: SynthRule<ClientSubject> = {
  id: 'CE-CLIENT-AUTH-SESSION',
  appliesTo: 'app client',
  statement: 'the authentication session of a multi-step sign-in is valid 3 to 15 minutes',
  source: 'CloudFormation AWS::Cognito::UserPoolClient AuthSessionValidity',
  severity: RuleSeverity.ERROR,
  check: ({ options }) => durationOutside('authSessionValidity', options.authSessionValidity, MIN_SECONDS, MAX_SECONDS),
};
