import { PORTAL_DOMAIN_RULE } from './portal-domain';
import { PORTAL_REDIRECT_URLS_RULE } from './portal-redirect-urls';
import { PortalSubject } from './portal-subject';
import { PORTAL_WEB_ACL_RULE } from './portal-web-acl';
import { SOCIAL_ATTRIBUTE_MAPPING_RULE } from './social-attribute-mapping';
import { SOCIAL_PROVIDER_CREDENTIALS_RULE } from './social-provider-credentials';
import { SOCIAL_PROVIDER_KNOWN_RULE } from './social-provider-known';
import { SOCIAL_PROVIDER_UNIQUE_RULE } from './social-provider-unique';
import { SynthRule } from '../../private/validation/rule';


/** Every synth-time rule of a CustomerPortal, checked before its pool is built. */
export const CUSTOMER_PORTAL_RULES: ReadonlyArray<SynthRule<PortalSubject>> = [
  PORTAL_DOMAIN_RULE,
  PORTAL_REDIRECT_URLS_RULE,
  SOCIAL_PROVIDER_KNOWN_RULE,
  SOCIAL_PROVIDER_UNIQUE_RULE,
  SOCIAL_PROVIDER_CREDENTIALS_RULE,
  SOCIAL_ATTRIBUTE_MAPPING_RULE,
  PORTAL_WEB_ACL_RULE,
];
