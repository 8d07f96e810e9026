import { knownString } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule, Violation } from '../../private/validation/rule';
import { SocialProvider } from '../social-provider';
import { SocialProviderOptions } from '../social-provider-options';
import { PortalSubject } from './portal-subject';

const APPLE_ONLY = ['teamId', 'keyId', 'privateKey'] as const;

/** What is missing or misplaced in one provider's credentials. */
function credentialProblems(options: SocialProviderOptions, at: string): Violation[] {
  const violations: Violation[] = [];
  if (options.clientId === undefined || (knownString(options.clientId) && options.clientId.trim() === '')) {
    violations.push({ prop: `${at}.clientId`, value: options.clientId, detail: 'every provider needs the client id it issued' });
  }
  if (options.provider === SocialProvider.APPLE) {
    for (const field of APPLE_ONLY.filter((name) => options[name] === undefined)) {
      violations.push({ prop: `${at}.${field}`, value: undefined, detail: 'Sign in with Apple needs teamId, keyId and privateKey' });
    }
    if (options.clientSecret !== undefined) {
      violations.push({ prop: `${at}.clientSecret`, value: '(a secret)', detail: 'Sign in with Apple signs with privateKey and takes no clientSecret' });
    }
    return violations;
  }
  if (options.clientSecret === undefined) {
    violations.push({ prop: `${at}.clientSecret`, value: undefined, detail: `${options.provider} needs a client secret from Secrets Manager` });
  }
  for (const field of APPLE_ONLY.filter((name) => options[name] !== undefined)) {
    violations.push({ prop: `${at}.${field}`, value: field === 'privateKey' ? '(a secret)' : options[field], detail: `${field} applies to Sign in with Apple only` });
  }
  if (options.facebookApiVersion !== undefined && options.provider !== SocialProvider.FACEBOOK) {
    violations.push({ prop: `${at}.facebookApiVersion`, value: options.facebookApiVersion, detail: 'facebookApiVersion applies to Facebook only' });
  }
  return violations;
}

export const SOCIAL_PROVIDER_CREDENTIALS_RULE: SynthRule<PortalSubject> = {
  id: 'CE-PORTAL-SOCIAL-PROVIDER-CREDENTIALS',
  appliesTo: 'social identity provider',
  statement: 'Google, Facebook and Amazon need clientId and clientSecret; Sign in with Apple needs clientId, teamId, keyId and privateKey',
  source: 'Cognito API CreateIdentityProvider ProviderDetails',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => (props.socialProviders ?? []).flatMap((options, index) => credentialProblems(options, `socialProviders[${index}]`)),
};
