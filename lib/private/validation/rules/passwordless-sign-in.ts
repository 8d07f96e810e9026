import * as cognito from 'aws-cdk-lib/aws-cognito';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { isEssentialsOrPlus, PoolSubject } from '../subjects';

export const PASSWORDLESS_SIGN_IN_RULE: SynthRule<PoolSubject> = {
  id: 'CE-PASSWORDLESS',
  appliesTo: 'user pool',
  statement: 'passwordless first factors need the ESSENTIALS or PLUS feature plan; one-time codes need MFA OFF or OPTIONAL, and with required MFA passkeys must verify the user; SMS codes need an SMS role',
  source: 'Cognito developer guide, choice-based authentication; CloudFormation AWS::Cognito::UserPool SignInPolicy',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const passwordless = props.passwordless;
    if (passwordless === undefined) {
      return [];
    }
    const violations: Violation[] = [];
    if (props.signInPolicy !== undefined) {
      violations.push({ prop: 'signInPolicy', value: props.signInPolicy, detail: 'give either passwordless or signInPolicy, not both' });
    }
    const anyFactor = passwordless.passkeys || passwordless.emailOtp || passwordless.smsOtp;
    if (!anyFactor) {
      violations.push({ prop: 'passwordless', value: passwordless, detail: 'enable at least one of passkeys, emailOtp or smsOtp' });
      return violations;
    }
    if (!isEssentialsOrPlus(props.featurePlan)) {
      violations.push({ prop: 'passwordless', value: passwordless, detail: `needs the ESSENTIALS or PLUS feature plan (featurePlan is ${props.featurePlan})` });
    }
    if (props.mfa === cognito.Mfa.REQUIRED && (passwordless.emailOtp || passwordless.smsOtp)) {
      violations.push({ prop: 'mfa', value: props.mfa, detail: 'one-time codes as a first factor need MFA OFF or OPTIONAL' });
    }
    // With required MFA, Cognito accepts a passkey only as both factors at once, which needs user verification.
    const verification = passwordless.passkeyUserVerification ?? props.passkeyUserVerification;
    const unverifiedPasskeys = passwordless.passkeys && verification === cognito.PasskeyUserVerification.PREFERRED;
    if (props.mfa === cognito.Mfa.REQUIRED && unverifiedPasskeys) {
      violations.push({
        prop: passwordless.passkeyUserVerification ? 'passwordless.passkeyUserVerification' : 'passkeyUserVerification',
        value: verification,
        detail: 'with required MFA a passkey stands for both factors, so it must verify the user: leave it unset or REQUIRED',
      });
    }
    if (passwordless.smsOtp && props.enableSmsRole === false && props.smsRole === undefined) {
      violations.push({ prop: 'passwordless.smsOtp', value: true, detail: 'SMS one-time codes need an SMS role: pass smsRole or leave enableSmsRole on' });
    }
    return violations;
  },
};
