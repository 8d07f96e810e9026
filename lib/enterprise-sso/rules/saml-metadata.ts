import { ProviderSubject } from './subjects';
import { httpsUrlProblem } from '../../private/validation/https-url';
import { knownString } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { samlMetadataProblem } from '../../private/validation/saml-metadata-document';

export { httpsUrlProblem } from '../../private/validation/https-url';

export const SAML_METADATA_RULE: SynthRule<ProviderSubject> = {
  id: 'CE-SSO-SAML-METADATA',
  appliesTo: 'identity provider',
  statement: 'a SAML provider has exactly one of metadataUrl and metadataDocument; the URL is absolute HTTPS, the document well-formed SAML metadata with an EntityDescriptor root, an IDPSSODescriptor and a SingleSignOnService',
  source: 'Cognito API CreateIdentityProvider ProviderDetails MetadataURL, MetadataFile; SAML 2.0 metadata (saml-metadata-2.0-os) §2.3.2, §2.4.3',
  severity: RuleSeverity.ERROR,
  check: ({ path, saml }) => {
    if (!saml) {
      return [];
    }
    const { metadataUrl, metadataDocument } = saml;
    if ((metadataUrl === undefined) === (metadataDocument === undefined)) {
      return [{ prop: `${path}.metadataUrl`, value: metadataUrl, detail: 'give exactly one of metadataUrl and metadataDocument' }];
    }
    const urlProblem = knownString(metadataUrl) ? httpsUrlProblem(metadataUrl) : undefined;
    if (urlProblem) {
      return [{ prop: `${path}.metadataUrl`, value: metadataUrl, detail: urlProblem }];
    }
    const documentProblem = knownString(metadataDocument) ? samlMetadataProblem(metadataDocument) : undefined;
    return documentProblem ? [{ prop: `${path}.metadataDocument`, value: `${metadataDocument!.slice(0, 40)}…`, detail: documentProblem }] : [];
  },
};
