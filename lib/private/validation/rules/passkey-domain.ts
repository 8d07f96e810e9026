import { passkeyRelyingParty } from './passkey-relying-party';
import { RuleSeverity, SynthRule } from '../rule';
import { PoolSubject } from '../subjects';

export const PASSKEY_DOMAIN_RULE: SynthRule<PoolSubject> = {
  id: 'CE-PASSKEY-DOMAIN',
  appliesTo: 'user pool',
  statement: 'passkeys need a relying party: a pool with neither a domain nor a passkey relying party id refuses every passkey registration',
  source: 'Cognito API WebAuthnConfigurationMissingException; WebAuthnConfigurationType RelyingPartyId',
  // A domain may still be added to the pool outside these props, so this warns rather than fails.
  severity: RuleSeverity.WARNING,
  check: (subject) => {
    const { props } = subject;
    const passkeys = props.passwordless?.passkeys === true || props.signInPolicy?.allowedFirstAuthFactors?.passkey === true;
    const { prop, value } = passkeyRelyingParty(subject);
    return passkeys && props.domain === undefined && value === undefined
      ? [{ prop, value, detail: 'give domain or a passkey relying party id (the host your sign-in pages are served from)' }]
      : [];
  },
};
