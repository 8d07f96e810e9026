import { knownString } from '../resolved';
import { RuleSeverity, SynthRule } from '../rule';
import { PoolSubject } from '../subjects';

// A WebAuthn relying party id is a bare host name: labels of letters, digits and hyphens, no scheme, port or path.
const HOST_NAME = /^(?=.{1,63}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** The relying party id the pool is given, and the prop that gave it. */
export function passkeyRelyingParty({ props }: PoolSubject): { prop: string; value: string | undefined } {
  const fromPasswordless = props.passwordless?.passkeyRelyingPartyId;
  return fromPasswordless !== undefined
    ? { prop: 'passwordless.passkeyRelyingPartyId', value: fromPasswordless }
    : { prop: 'passkeyRelyingPartyId', value: props.passkeyRelyingPartyId };
}

export const PASSKEY_RELYING_PARTY_RULE: SynthRule<PoolSubject> = {
  id: 'CE-PASSKEY-RELYING-PARTY',
  appliesTo: 'user pool',
  statement: 'a passkey relying party id is a host name of at most 63 characters: letters, digits, hyphens and dots, without scheme, port or path',
  source: 'CloudFormation AWS::Cognito::UserPool WebAuthnRelyingPartyID; W3C WebAuthn RP ID (a valid domain string)',
  severity: RuleSeverity.ERROR,
  check: (subject) => {
    const { prop, value } = passkeyRelyingParty(subject);
    return knownString(value) && !HOST_NAME.test(value) ? [{ prop, value }] : [];
  },
};
