import { lengthOutside, missingPlaceholders } from '../checks';
import { RuleSeverity, SynthRule } from '../rule';
import { PoolSubject } from '../subjects';

const PLACEHOLDERS = ['{username}', '{####}'];

export const INVITATION_MESSAGES_RULE: SynthRule<PoolSubject> = {
  id: 'CE-MESSAGE-INVITATION',
  appliesTo: 'user pool',
  statement: 'invitation messages contain {username} and {####}; emails are 6–20000 characters with 1–140 character subjects, SMS 6–140 characters',
  source: 'CloudFormation AWS::Cognito::UserPool InviteMessageTemplate',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const invitation = props.userInvitation ?? {};
    return [
      ...lengthOutside('userInvitation.emailSubject', invitation.emailSubject, 1, 140),
      ...lengthOutside('userInvitation.emailBody', invitation.emailBody, 6, 20000),
      ...missingPlaceholders('userInvitation.emailBody', invitation.emailBody, PLACEHOLDERS),
      ...lengthOutside('userInvitation.smsMessage', invitation.smsMessage, 6, 140),
      ...missingPlaceholders('userInvitation.smsMessage', invitation.smsMessage, PLACEHOLDERS),
    ];
  },
};
