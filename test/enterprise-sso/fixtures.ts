import { SecretValue } from 'aws-cdk-lib';
import { EnterpriseSsoProps, OidcProviderOptions, SamlAttributeMappingPreset, SamlProviderOptions } from '../../lib/enterprise-sso';

export const ADFS_METADATA_URL = 'https://adfs.example.com/FederationMetadata/2007-06/FederationMetadata.xml';

/** The ADFS provider of the enterprise SSO example, with email-domain routing. */
export const ADFS: SamlProviderOptions = {
  name: 'EnterpriseADFS',
  metadataUrl: ADFS_METADATA_URL,
  preset: SamlAttributeMappingPreset.ADFS,
  identifiers: ['example.com'],
};

export const OKTA_OIDC: OidcProviderOptions = {
  name: 'OktaOidc',
  issuerUrl: 'https://example.okta.com',
  clientId: 'okta-client-id',
  clientSecret: SecretValue.secretsManager('sso/okta-client-secret'),
};

/** The smallest complete SSO system: one SAML provider, a domain and a web client. */
export function ssoProps(overrides: Partial<EnterpriseSsoProps> = {}): EnterpriseSsoProps {
  return {
    domain: { cognitoDomainPrefix: 'example-corp-sso' },
    samlProviders: [ADFS],
    appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/callback'] }],
    ...overrides,
  };
}
