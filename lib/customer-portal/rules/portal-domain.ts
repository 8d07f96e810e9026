import { PortalSubject } from './portal-subject';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';

export const PORTAL_DOMAIN_RULE: SynthRule<PortalSubject> = {
  id: 'CE-PORTAL-DOMAIN',
  appliesTo: 'customer portal',
  statement: 'the hosted sign-in pages need a domain: give domain.cognitoDomainPrefix or domain.customDomainName',
  source: 'Cognito developer guide, configuring a user pool domain',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => (props.domain === undefined ? [{ prop: 'domain', value: undefined }] : []),
};
