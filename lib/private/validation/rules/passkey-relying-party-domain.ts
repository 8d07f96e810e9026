import { passkeyRelyingParty } from './passkey-relying-party';
import { knownString } from '../resolved';
import { RuleSeverity, SynthRule } from '../rule';
import { PoolSubject } from '../subjects';

export const PASSKEY_RELYING_PARTY_DOMAIN_RULE: SynthRule<PoolSubject> = {
  id: 'CE-PASSKEY-RELYING-PARTY-DOMAIN',
  appliesTo: 'user pool',
  statement: 'passkeys registered through managed login are bound to the pool\'s domain: with a custom domain the relying party id must be that domain, with a prefix domain its amazoncognito.com host; any other id only works for sign-in from your own pages on that host',
  source: 'Cognito API WebAuthnConfigurationType RelyingPartyId; WebAuthnRelyingPartyMismatchException',
  severity: RuleSeverity.WARNING,
  check: (subject) => {
    const { prop, value } = passkeyRelyingParty(subject);
    const domain = subject.props.domain;
    const passkeys = subject.props.passwordless?.passkeys === true || subject.props.signInPolicy?.allowedFirstAuthFactors?.passkey === true;
    if (!knownString(value) || domain === undefined || !passkeys) {
      return [];
    }
    if (knownString(domain.customDomainName)) {
      return value.toLowerCase() === domain.customDomainName.toLowerCase() ? [] : [{ prop, value, detail: `managed login on the custom domain needs "${domain.customDomainName}" as the relying party id` }];
    }
    const prefix = domain.cognitoDomainPrefix;
    const prefixHost = knownString(prefix) ? new RegExp(`^${prefix}\\.auth\\.[a-z0-9-]+\\.amazoncognito\\.com$`, 'i') : undefined;
    return prefixHost && !prefixHost.test(value)
      ? [{ prop, value, detail: `managed login on the prefix domain needs ${prefix}.auth.<region>.amazoncognito.com as the relying party id` }]
      : [];
  },
};
