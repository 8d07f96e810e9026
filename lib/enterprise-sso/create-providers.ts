import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { OIDC_PROVIDER_DEFAULTS as OIDC, SAML_PROVIDER_DEFAULTS as SAML } from './defaults';
import { OidcProviderOptions } from './oidc-provider-options';
import { SamlProviderOptions } from './saml-provider-options';

/** What a SAML or OIDC provider is created from: validated options and the effective attribute mapping. */
export interface ProviderInput<Options> {
  readonly userPool: cognito.IUserPool;
  readonly options: Options;
  readonly attributeMapping: cognito.AttributeMapping;
}

/** The L2 props every provider shares, and a construct id (provider names may hold characters ids may not). */
function common(prefix: string, { userPool, options, attributeMapping }: ProviderInput<SamlProviderOptions | OidcProviderOptions>) {
  const id = `${prefix}${options.name.replace(/\//g, '_')}`;
  return { id, props: { userPool, name: options.name, identifiers: options.identifiers, attributeMapping } };
}

/** The L2 SAML provider. */
export function createSamlProvider(scope: Construct, input: ProviderInput<SamlProviderOptions>): cognito.UserPoolIdentityProviderSaml {
  const { id, props } = common('Saml', input);
  const options = input.options;
  return new cognito.UserPoolIdentityProviderSaml(scope, id, {
    ...props,
    metadata: options.metadataUrl !== undefined
      ? cognito.UserPoolIdentityProviderSamlMetadata.url(options.metadataUrl)
      : cognito.UserPoolIdentityProviderSamlMetadata.file(options.metadataDocument!),
    requestSigningAlgorithm: (options.signRequests ?? SAML.signRequests) ? cognito.SigningAlgorithm.RSA_SHA256 : undefined,
    encryptedResponses: options.encryptedResponses ?? SAML.encryptedResponses,
    idpInitiated: options.idpInitiated ?? SAML.idpInitiated,
    idpSignout: options.idpSignout ?? SAML.idpSignout,
  });
}

/** The L2 OIDC provider. */
export function createOidcProvider(scope: Construct, input: ProviderInput<OidcProviderOptions>): cognito.UserPoolIdentityProviderOidc {
  const { id, props } = common('Oidc', input);
  const options = input.options;
  return new cognito.UserPoolIdentityProviderOidc(scope, id, {
    ...props,
    issuerUrl: options.issuerUrl,
    clientId: options.clientId,
    // A dynamic reference (checked by CE-SSO-OIDC-CLIENT-SECRET): CloudFormation resolves it at deploy.
    clientSecret: options.clientSecret.unsafeUnwrap(),
    scopes: options.scopes ?? OIDC.scopes,
    attributeRequestMethod: options.attributeRequestMethod ?? OIDC.attributeRequestMethod,
    endpoints: options.endpoints,
  });
}
