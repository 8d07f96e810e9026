import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { SocialProvider } from '../social-provider';
import { PortalSubject } from './portal-subject';

const KNOWN: string[] = Object.values(SocialProvider);

export const SOCIAL_PROVIDER_KNOWN_RULE: SynthRule<PortalSubject> = {
  id: 'CE-PORTAL-SOCIAL-PROVIDER-KNOWN',
  appliesTo: 'social identity provider',
  statement: `provider must be one of ${KNOWN.join(', ')}; other identity providers are OIDC or SAML providers`,
  source: 'Cognito API CreateIdentityProvider ProviderType',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => (props.socialProviders ?? [])
    .map((options, index) => ({ prop: `socialProviders[${index}].provider`, value: options.provider }))
    .filter(({ value }) => !KNOWN.includes(value)),
};
