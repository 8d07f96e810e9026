import { RuleSeverity, SynthRule } from '../rule';
import { PoolSubject } from '../subjects';

export const PASSWORDLESS_EMAIL_SENDING_RULE: SynthRule<PoolSubject> = {
  id: 'CE-PASSWORDLESS-EMAIL-SENDING',
  appliesTo: 'user pool',
  statement: 'email one-time codes as a first factor go out through Cognito\'s default email, which sends only a few messages a day: send email through Amazon SES before users rely on them',
  // A warning, not an error: Cognito accepts EMAIL_OTP without SES (aws-cdk deploys such a pool in its integ.user-pool-passwordless test).
  source: 'Cognito developer guide, email settings (default email daily quota); aws-cdk integ.user-pool-passwordless (deployed without SES)',
  severity: RuleSeverity.WARNING,
  check: ({ props, emailThroughSes }) => (props.passwordless?.emailOtp && !emailThroughSes
    ? [{ prop: 'passwordless.emailOtp', value: true }]
    : []),
};
