import * as cognito from 'aws-cdk-lib/aws-cognito';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { isEssentialsOrPlus, PoolSubject } from '../subjects';

/** How the user wrote each first factor: the library's `passwordless` or the L2's `signInPolicy`. */
const SPELLINGS = {
  passwordless: { at: 'passwordless', passkey: 'passkeys', emailOtp: 'emailOtp', smsOtp: 'smsOtp' },
  signInPolicy: { at: 'signInPolicy.allowedFirstAuthFactors', passkey: 'passkey', emailOtp: 'emailOtp', smsOtp: 'smsOtp' },
};

export const PASSWORDLESS_SIGN_IN_RULE: SynthRule<PoolSubject> = {
  id: 'CE-PASSWORDLESS',
  appliesTo: 'user pool',
  statement: 'passwordless first factors need the ESSENTIALS or PLUS feature plan; one-time codes need MFA OFF or OPTIONAL, and with required MFA passkeys must verify the user; SMS codes need an SMS role',
  source: 'Cognito developer guide, choice-based authentication; CloudFormation AWS::Cognito::UserPool SignInPolicy, WebAuthnUserVerification',
  severity: RuleSeverity.ERROR,
  check: ({ props, given = props }) => {
    const violations: Violation[] = [];
    if (given.passwordless !== undefined && given.signInPolicy !== undefined) {
      violations.push({ prop: 'signInPolicy', value: given.signInPolicy, detail: 'give either passwordless or signInPolicy, not both' });
    }
    // The resolved first factors, whichever prop set them.
    const factors = props.signInPolicy?.allowedFirstAuthFactors;
    const name = SPELLINGS[given.signInPolicy === undefined && given.passwordless !== undefined ? 'passwordless' : 'signInPolicy'];
    const passkey = factors?.passkey === true;
    const codes = (['emailOtp', 'smsOtp'] as const).filter((factor) => factors?.[factor] === true);
    if (!passkey && codes.length === 0) {
      if (given.passwordless !== undefined && given.signInPolicy === undefined) {
        violations.push({ prop: 'passwordless', value: given.passwordless, detail: 'enable at least one of passkeys, emailOtp or smsOtp' });
      }
      return violations;
    }
    if (!isEssentialsOrPlus(props.featurePlan)) {
      violations.push({ prop: name.at, value: factors, detail: `passwordless first factors need the ESSENTIALS or PLUS feature plan (featurePlan is ${props.featurePlan})` });
    }
    if (props.mfa === cognito.Mfa.REQUIRED && codes.length > 0) {
      violations.push({ prop: 'mfa', value: props.mfa, detail: `one-time codes as a first factor (${codes.map((code) => `${name.at}.${name[code]}`).join(', ')}) need MFA OFF or OPTIONAL` });
    }
    // With required MFA, Cognito accepts a passkey only as both factors at once, which needs user verification.
    const verification = props.passkeyUserVerification;
    if (props.mfa === cognito.Mfa.REQUIRED && passkey && verification === cognito.PasskeyUserVerification.PREFERRED) {
      violations.push({
        prop: given.passwordless?.passkeyUserVerification ? 'passwordless.passkeyUserVerification' : 'passkeyUserVerification',
        value: verification,
        detail: 'with required MFA a passkey stands for both factors, so it must verify the user: leave it unset or REQUIRED',
      });
    }
    if (codes.includes('smsOtp') && props.enableSmsRole === false && props.smsRole === undefined) {
      violations.push({ prop: `${name.at}.${name.smsOtp}`, value: true, detail: 'SMS one-time codes need an SMS role: pass smsRole or leave enableSmsRole on' });
    }
    return violations;
  },
};
