import { SsoClientSubject } from './subjects';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';

export const CLIENT_OAUTH_RULE: SynthRule<SsoClientSubject> = {
  id: 'CE-SSO-CLIENT-OAUTH',
  appliesTo: 'app client',
  statement: 'federated sign-in runs through the OAuth endpoints of the hosted domain: a client that uses federated providers needs callbackUrls',
  source: 'Cognito developer guide: user pool endpoints, /oauth2/authorize',
  severity: RuleSeverity.WARNING,
  check: ({ providerNames, oAuthEnabled }) => (!oAuthEnabled && providerNames.some((name) => name !== 'COGNITO')
    ? [{ prop: 'callbackUrls', value: undefined }]
    : []),
};
