import { PortalSubject } from './portal-subject';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';

export const SOCIAL_PROVIDER_UNIQUE_RULE: SynthRule<PortalSubject> = {
  id: 'CE-PORTAL-SOCIAL-PROVIDER-UNIQUE',
  appliesTo: 'social identity provider',
  statement: 'each social provider may appear once: a pool has one provider of each name',
  source: 'Cognito API CreateIdentityProvider (DuplicateProviderException)',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const seen = new Set<string>();
    return (props.socialProviders ?? []).flatMap((options, index) => {
      const duplicate = seen.has(options.provider);
      seen.add(options.provider);
      return duplicate ? [{ prop: `socialProviders[${index}].provider`, value: options.provider }] : [];
    });
  },
};
