import { RuleSeverity, SynthRule } from '../rule';
import { PoolSubject } from '../subjects';

export const PASSWORDLESS_EMAIL_QUOTA_RULE: SynthRule<PoolSubject> = {
  id: 'CE-PASSWORDLESS-EMAIL-QUOTA',
  appliesTo: 'user pool',
  statement: 'email one-time codes as a first factor deploy with Cognito\'s default email, but every sign-in then spends its small daily email quota: send through Amazon SES (cognito.UserPoolEmail.withSES) for real traffic',
  source: 'Cognito developer guide, email settings (default email quota) and quotas; aws-cdk integ test aws-cognito/test/integ.user-pool-passwordless.ts (EMAIL_OTP deployed without SES)',
  severity: RuleSeverity.WARNING,
  check: ({ props, emailThroughSes }) => (props.signInPolicy?.allowedFirstAuthFactors?.emailOtp === true && !emailThroughSes
    ? [{ prop: 'email', value: 'Cognito default email' }]
    : []),
};
