import * as cognito from 'aws-cdk-lib/aws-cognito';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { PoolSubject } from '../subjects';

export const TRIGGER_COMBINATIONS_RULE: SynthRule<PoolSubject> = {
  id: 'CE-TRIGGER-COMBINATIONS',
  appliesTo: 'user pool',
  statement: 'the custom message trigger renders verification codes, so it cannot serve link-style verification emails',
  source: 'Cognito custom message trigger: request.linkParameter',
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
    return violations;
  },
};
