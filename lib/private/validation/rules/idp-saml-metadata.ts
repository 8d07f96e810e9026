import { httpsUrlProblem } from '../https-url';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { samlMetadataProblem } from '../saml-metadata-document';
import { IdentityProviderSubject } from '../subjects';

export const IDP_SAML_METADATA_RULE: SynthRule<IdentityProviderSubject> = {
  id: 'CE-IDP-SAML-METADATA',
  appliesTo: 'identity provider',
  statement: 'a SAML provider has a MetadataURL (absolute HTTPS) or a MetadataFile that is well-formed SAML metadata: an EntityDescriptor root with an IDPSSODescriptor and a SingleSignOnService',
  source: 'Cognito API CreateIdentityProvider ProviderDetails MetadataURL, MetadataFile; SAML 2.0 metadata (saml-metadata-2.0-os) §2.3.2, §2.4.3',
  severity: RuleSeverity.ERROR,
  check: ({ type, details }) => {
    if (type !== 'SAML') {
      return [];
    }
    const violations: Violation[] = [];
    const { MetadataURL: url, MetadataFile: file } = details;
    const urlProblem = url !== undefined ? httpsUrlProblem(url) : undefined;
    if (urlProblem) {
      violations.push({ prop: 'providerDetails.MetadataURL', value: url, detail: urlProblem });
    }
    const fileProblem = file !== undefined ? samlMetadataProblem(file) : undefined;
    if (fileProblem) {
      violations.push({ prop: 'providerDetails.MetadataFile', value: `${file!.slice(0, 40)}${file!.length > 40 ? '…' : ''}`, detail: fileProblem });
    }
    return violations;
  },
};
