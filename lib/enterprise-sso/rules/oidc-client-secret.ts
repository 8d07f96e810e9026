import { Token } from 'aws-cdk-lib';
import { ProviderSubject } from './subjects';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';

export const OIDC_CLIENT_SECRET_RULE: SynthRule<ProviderSubject> = {
  id: 'CE-SSO-OIDC-CLIENT-SECRET',
  appliesTo: 'identity provider',
  statement: 'an OIDC client secret is a dynamic reference such as SecretValue.secretsManager(...), never plain text in the template',
  source: 'AWS Well-Architected SEC02-BP03 (store and use secrets securely)',
  severity: RuleSeverity.ERROR,
  check: ({ path, oidc }) => (oidc && !Token.isUnresolved(oidc.clientSecret.unsafeUnwrap())
    // The value itself is never echoed into the message.
    ? [{ prop: `${path}.clientSecret`, value: 'a plain-text SecretValue' }]
    : []),
};
