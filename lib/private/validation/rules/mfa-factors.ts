import * as cognito from 'aws-cdk-lib/aws-cognito';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { isEssentialsOrPlus, PoolSubject } from '../subjects';

export const MFA_FACTORS_RULE: SynthRule<PoolSubject> = {
  id: 'CE-MFA-FACTORS',
  appliesTo: 'user pool',
  statement: 'required MFA needs at least one factor; SMS MFA needs an SMS role; email MFA needs email through Amazon SES and the ESSENTIALS or PLUS feature plan',
  source: 'Cognito API SetUserPoolMfaConfig',
  severity: RuleSeverity.ERROR,
  check: ({ props, emailThroughSes }) => {
    const factors = props.mfaSecondFactor ?? { otp: false, sms: false };
    const mfaOn = props.mfa === cognito.Mfa.REQUIRED || props.mfa === cognito.Mfa.OPTIONAL;
    const violations: Violation[] = [];
    if (props.mfa === cognito.Mfa.REQUIRED && !factors.otp && !factors.sms && !factors.email) {
      violations.push({ prop: 'mfaSecondFactor', value: factors, detail: 'required MFA needs at least one of otp, sms or email' });
    }
    if (mfaOn && factors.sms && props.enableSmsRole === false && props.smsRole === undefined) {
      violations.push({ prop: 'enableSmsRole', value: false, detail: 'SMS MFA needs an SMS role: pass smsRole or leave enableSmsRole on' });
    }
    if (mfaOn && factors.email && !emailThroughSes) {
      violations.push({ prop: 'mfaSecondFactor.email', value: true, detail: 'email MFA needs email through Amazon SES: set email to cognito.UserPoolEmail.withSES(...)' });
    }
    if (mfaOn && factors.email && !isEssentialsOrPlus(props.featurePlan)) {
      violations.push({ prop: 'mfaSecondFactor.email', value: true, detail: `email MFA needs the ESSENTIALS or PLUS feature plan (featurePlan is ${props.featurePlan})` });
    }
    return violations;
  },
};
