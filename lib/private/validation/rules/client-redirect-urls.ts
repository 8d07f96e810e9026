import { isKnown, knownString } from '../resolved';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { ClientSubject } from '../subjects';


/** Why a redirect URL would be rejected, or undefined when Cognito accepts it. */
export function redirectUrlProblem(url: string): string | undefined {
  if (url.length < 1 || url.length > 1024) {
    return `must be 1–1024 characters (received ${url.length})`;
  }
  if (url.includes('*')) {
    return 'must not contain a wildcard';
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an absolute URL';
  }
  if (url.includes('#')) {
    return 'must not contain a fragment (#)';
  }
  if (parsed.protocol === 'http:' && parsed.hostname !== 'localhost') {
    return 'must use HTTPS (http is allowed only for localhost)';
  }
  return undefined;
}

export const CLIENT_REDIRECT_URLS_RULE: SynthRule<ClientSubject> = {
  id: 'CE-CLIENT-REDIRECT-URLS',
  appliesTo: 'app client',
  statement: 'callback and logout URLs are absolute, without a fragment or wildcard, HTTPS except http://localhost, 1–1024 characters; the default redirect URI is one of the callback URLs',
  source: 'Cognito API CreateUserPoolClient CallbackURLs, LogoutURLs, DefaultRedirectURI',
  severity: RuleSeverity.ERROR,
  check: ({ options }) => {
    const violations: Violation[] = [];
    for (const [prop, urls] of [['callbackUrls', options.callbackUrls], ['logoutUrls', options.logoutUrls]] as const) {
      // A list token (a CommaDelimitedList parameter) is only known at deploy time.
      (urls !== undefined && isKnown(urls) ? urls : []).forEach((url, index) => {
        const problem = knownString(url) ? redirectUrlProblem(url) : undefined;
        if (problem) {
          violations.push({ prop: `${prop}[${index}]`, value: url, detail: problem });
        }
      });
    }
    const fallback = options.defaultRedirectUri;
    const callbacks = options.callbackUrls ?? [];
    if (knownString(fallback) && isKnown(callbacks) && !callbacks.includes(fallback)) {
      violations.push({ prop: 'defaultRedirectUri', value: fallback, detail: 'must be one of callbackUrls' });
    }
    return violations;
  },
};
