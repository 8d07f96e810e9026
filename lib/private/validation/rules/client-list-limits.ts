import * as cognito from 'aws-cdk-lib/aws-cognito';
import { knownString } from '../resolved';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { ClientSubject } from '../subjects';

const MAX_REDIRECT_URLS = 100;
const MAX_SCOPES = 50;
// Printable ASCII without space, double quote or backslash, as an OAuth scope token allows.
const SCOPE = /^[\x21\x23-\x5B\x5D-\x7E]{1,256}$/;
const PROVIDER_NAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}\p{Z}]{1,32}$/u;

export const CLIENT_LIST_LIMITS_RULE: SynthRule<ClientSubject> = {
  id: 'CE-CLIENT-LIMITS',
  appliesTo: 'app client',
  statement: `an app client has at most ${MAX_REDIRECT_URLS} callback and ${MAX_REDIRECT_URLS} logout URLs and at most ${MAX_SCOPES} OAuth scopes, each scope 1–256 printable characters without spaces, quotes or backslashes; supported identity provider names are 1–32 characters`,
  source: 'CloudFormation AWS::Cognito::UserPoolClient CallbackURLs, LogoutURLs (maxItems 100), AllowedOAuthScopes (maxItems 50, pattern), SupportedIdentityProviders (pattern, length)',
  severity: RuleSeverity.ERROR,
  check: ({ options }) => {
    const violations: Violation[] = [];
    for (const [prop, urls] of [['callbackUrls', options.callbackUrls], ['logoutUrls', options.logoutUrls]] as const) {
      if ((urls ?? []).length > MAX_REDIRECT_URLS) {
        violations.push({ prop, value: `${urls!.length} URLs`, detail: `at most ${MAX_REDIRECT_URLS} URLs are allowed` });
      }
    }
    const scopes = (options.oAuthScopes ?? []).map((scope: cognito.OAuthScope) => scope.scopeName);
    if (scopes.length > MAX_SCOPES) {
      violations.push({ prop: 'oAuthScopes', value: `${scopes.length} scopes`, detail: `at most ${MAX_SCOPES} scopes are allowed` });
    }
    scopes.forEach((scope, index) => {
      if (knownString(scope) && !SCOPE.test(scope)) {
        violations.push({ prop: `oAuthScopes[${index}]`, value: scope, detail: 'a scope is 1–256 printable characters without spaces, double quotes or backslashes' });
      }
    });
    (options.supportedIdentityProviders ?? []).forEach((provider: cognito.UserPoolClientIdentityProvider, index) => {
      if (knownString(provider.name) && !PROVIDER_NAME.test(provider.name)) {
        violations.push({ prop: `supportedIdentityProviders[${index}]`, value: provider.name, detail: 'a provider name is 1–32 characters' });
      }
    });
    return violations;
  },
};
