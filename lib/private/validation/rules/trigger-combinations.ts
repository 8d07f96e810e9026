import * as cognito from 'aws-cdk-lib/aws-cognito';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { PoolSubject } from '../subjects';

export const TRIGGER_COMBINATIONS_RULE: SynthRule<PoolSubject> = {
  id: 'CE-TRIGGER-COMBINATIONS',
  appliesTo: 'user pool',
  statement: 'the custom message trigger renders verification codes, so it cannot serve link-style verification emails; a magic link is one factor, which Cognito does not follow with MFA, so it cannot serve a pool that requires MFA',
  source: 'Cognito custom message trigger (request.linkParameter); custom authentication flow without a password verifier',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const violations: Violation[] = [];
    if (props.triggers?.customMessage && props.userVerification?.emailStyle === cognito.VerificationEmailStyle.LINK) {
      violations.push({
        prop: 'userVerification.emailStyle',
        value: props.userVerification.emailStyle,
        detail: 'the custom message trigger sends codes: use VerificationEmailStyle.CODE, or Cognito\'s own messages for links',
      });
    }
    if (props.triggers?.magicLink && props.mfa === cognito.Mfa.REQUIRED) {
      violations.push({
        prop: 'mfa',
        value: props.mfa,
        detail: 'Cognito applies no MFA to a custom authentication flow that never checks a password, so a magic link would bypass required MFA: set mfa to OPTIONAL to accept single-factor magic-link sign-in',
      });
    }
    return violations;
  },
};
