import * as cognito from 'aws-cdk-lib/aws-cognito';
import { lengthOutside, missingPlaceholders } from '../checks';
import { knownString } from '../resolved';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { PoolSubject } from '../subjects';

export const VERIFICATION_MESSAGES_RULE: SynthRule<PoolSubject> = {
  id: 'CE-MESSAGE-VERIFICATION',
  appliesTo: 'user pool',
  statement: 'verification emails are 6–20000 characters containing {####} (code) or a {##…##} link placeholder such as {##Verify Email##}, subjects 1–140 characters, SMS 6–140 characters containing {####}',
  source: 'CloudFormation AWS::Cognito::UserPool VerificationMessageTemplate',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const verification = props.userVerification ?? {};
    const linkStyle = verification.emailStyle === cognito.VerificationEmailStyle.LINK;
    return [
      ...lengthOutside('userVerification.emailSubject', verification.emailSubject, 1, 140),
      ...lengthOutside('userVerification.emailBody', verification.emailBody, 6, 20000),
      ...(linkStyle ? missingLinkPlaceholder(verification.emailBody) : missingPlaceholders('userVerification.emailBody', verification.emailBody, ['{####}'])),
      ...lengthOutside('userVerification.smsMessage', verification.smsMessage, 6, 140),
      ...missingPlaceholders('userVerification.smsMessage', verification.smsMessage, ['{####}']),
    ];
  },
};

// Cognito renders {##<any text>##} as the verification link, with the text as its label.
const LINK_PLACEHOLDER = /\{##[^#]+##\}/;

function missingLinkPlaceholder(body: string | undefined): Violation[] {
  return knownString(body) && !LINK_PLACEHOLDER.test(body)
    ? [{ prop: 'userVerification.emailBody', value: body, detail: 'must contain a link placeholder such as {##Verify Email##}' }]
    : [];
}
