import { PortalSubject } from './portal-subject';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';

/** The verified flags, by their key in `cognito.AttributeMapping`. */
const VERIFICATION_FLAGS = ['emailVerified', 'phoneNumberVerified'];

export const SOCIAL_ATTRIBUTE_MAPPING_RULE: SynthRule<PortalSubject> = {
  id: 'CE-PORTAL-SOCIAL-ATTRIBUTE-MAPPING',
  appliesTo: 'social identity provider',
  statement: 'a social provider maps no verification flag and no admin-only attribute: the portal web client must be able to write every mapped attribute, and customers signing in with a password hold tokens that could then change them',
  source: 'Cognito API UserPoolClientType WriteAttributes ("this array must include all attributes that you have mapped to IdP attributes"); UpdateUserAttributes (aws.cognito.signin.user.admin)',
  severity: RuleSeverity.ERROR,
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
