import { RuleSeverity, SynthRule } from '../rule';
import { ClientSubject } from '../subjects';

export const CLIENT_IMPLICIT_GRANT_RULE: SynthRule<ClientSubject> = {
  id: 'CE-CLIENT-IMPLICIT-GRANT',
  appliesTo: 'app client',
  statement: 'the implicit grant returns tokens in the URL fragment, where browser history and referrers can leak them; prefer the authorization code grant with PKCE',
  source: 'OAuth 2.0 Security Best Current Practice (RFC 9700)',
  severity: RuleSeverity.WARNING,
  check: ({ options, oAuthEnabled }) => (oAuthEnabled && options.oAuthFlows?.implicitCodeGrant
    ? [{ prop: 'oAuthFlows.implicitCodeGrant', value: true }]
    : []),
};
