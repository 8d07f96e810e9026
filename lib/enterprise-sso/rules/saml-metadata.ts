import { ProviderSubject } from './subjects';
import { knownString } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';

/** Why a URL is not an absolute HTTPS URL, or undefined when it is. */
export function httpsUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an absolute URL';
  }
  return parsed.protocol === 'https:' ? undefined : `must use HTTPS (received ${parsed.protocol.replace(':', '')})`;
}

export const SAML_METADATA_RULE: SynthRule<ProviderSubject> = {
  id: 'CE-SSO-SAML-METADATA',
  appliesTo: 'identity provider',
  statement: 'a SAML provider has exactly one of metadataUrl and metadataDocument; the URL is absolute HTTPS',
  source: 'Cognito API CreateIdentityProvider ProviderDetails MetadataURL, MetadataFile',
  severity: RuleSeverity.ERROR,
  check: ({ path, saml }) => {
    if (!saml) {
      return [];
    }
    const { metadataUrl, metadataDocument } = saml;
    if ((metadataUrl === undefined) === (metadataDocument === undefined)) {
      return [{ prop: `${path}.metadataUrl`, value: metadataUrl, detail: 'give exactly one of metadataUrl and metadataDocument' }];
    }
    const problem = knownString(metadataUrl) ? httpsUrlProblem(metadataUrl) : undefined;
    return problem ? [{ prop: `${path}.metadataUrl`, value: metadataUrl, detail: problem }] : [];
  },
};
