import { PortalSubject } from './portal-subject';
import { emptyLists } from '../../private/validation/checks';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';

/**
 * Without redirect URLs the web client would silently get no OAuth at all. The shape of each URL
 * is checked by the app client rule CE-CLIENT-REDIRECT-URLS of the pool.
 */
export const PORTAL_REDIRECT_URLS_RULE: SynthRule<PortalSubject> = {
  id: 'CE-PORTAL-REDIRECT-URLS',
  appliesTo: 'customer portal',
  statement: 'the hosted pages need somewhere to return to: give at least one callback URL and one logout URL',
  source: 'Cognito API CreateUserPoolClient CallbackURLs, LogoutURLs',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => emptyLists({ callbackUrls: props.callbackUrls, logoutUrls: props.logoutUrls }),
};
