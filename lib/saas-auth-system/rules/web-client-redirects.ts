import { emptyLists } from '../../private/validation/checks';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { SaasSubject } from '../saas-subject';

export const WEB_CLIENT_REDIRECTS_RULE: SynthRule<SaasSubject> = {
  id: 'CE-SAAS-WEB-REDIRECTS',
  appliesTo: 'SaaS system',
  statement: 'the web client needs at least one callback URL and one logout URL: it signs users in with the authorization code flow',
  source: 'Cognito API CreateUserPoolClient CallbackURLs, LogoutURLs',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => emptyLists({ callbackUrls: props.callbackUrls, logoutUrls: props.logoutUrls }),
};
