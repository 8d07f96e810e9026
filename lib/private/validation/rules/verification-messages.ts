import * as cognito from 'aws-cdk-lib/aws-cognito';
import { lengthOutside, missingPlaceholders } from '../checks';
import { RuleSeverity, SynthRule } from '../rule';
import { PoolSubject } from '../subjects';

export const VERIFICATION_MESSAGES_RULE: SynthRule<PoolSubject> = {
  id: 'CE-MESSAGE-VERIFICATION',
  appliesTo: 'user pool',
  statement: 'verification emails are 6–20000 characters containing {####} (code) or {##Verify Email##} (link), subjects 1–140 characters, SMS 6–140 characters containing {####}',
  source: 'CloudFormation AWS::Cognito::UserPool VerificationMessageTemplate',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const verification = props.userVerification ?? {};
    const linkStyle = verification.emailStyle === cognito.VerificationEmailStyle.LINK;
    return [
      ...lengthOutside('userVerification.emailSubject', verification.emailSubject, 1, 140),
      ...lengthOutside('userVerification.emailBody', verification.emailBody, 6, 20000),
      ...missingPlaceholders('userVerification.emailBody', verification.emailBody, [linkStyle ? '{##Verify Email##}' : '{####}']),
      ...lengthOutside('userVerification.smsMessage', verification.smsMessage, 6, 140),
      ...missingPlaceholders('userVerification.smsMessage', verification.smsMessage, ['{####}']),
    ];
  },
};
