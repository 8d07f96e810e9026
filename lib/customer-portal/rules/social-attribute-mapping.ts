import { PortalSubject } from './portal-subject';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';

/** Attributes only Cognito sets: the portal's web client cannot write them. */
const VERIFICATION_FLAGS = ['emailVerified', 'phoneNumberVerified'];

export const SOCIAL_ATTRIBUTE_MAPPING_RULE: SynthRule<PortalSubject> = {
  id: 'CE-PORTAL-SOCIAL-ATTRIBUTE-MAPPING',
  appliesTo: 'social identity provider',
  statement: 'mapped attributes must be writable by the portal web client; a mapping to a verification flag or an admin-only attribute makes federated sign-in fail',
  source: 'Cognito API UserPoolClientType WriteAttributes; developer guide, specifying attribute mappings',
  severity: RuleSeverity.WARNING,
  check: ({ props, adminOnlyAttributes }) => (props.socialProviders ?? []).flatMap((options, index) => {
    const mapping = options.attributeMapping ?? {};
    const flags = VERIFICATION_FLAGS.filter((name) => (mapping as { [key: string]: unknown })[name] !== undefined);
    const adminOnly = Object.keys(mapping.custom ?? {}).filter((name) => adminOnlyAttributes.includes(name.replace(/^custom:/, '')));
    return [
      ...flags.map((name) => ({ prop: `socialProviders[${index}].attributeMapping.${name}`, value: options.provider })),
      ...adminOnly.map((name) => ({ prop: `socialProviders[${index}].attributeMapping.custom.${name}`, value: options.provider })),
    ];
  }),
};
