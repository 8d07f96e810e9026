import { SecretValue } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { PoolSchema } from '../../private/validation/pool-schema';
import { SsoIdentityPoolOptions } from '../sso-identity-pool-options';

/** One SAML or OIDC provider's settings, as the rules see them. */
export interface ProviderSubject {
  /** Where the provider was given, such as `samlProviders[0]`; prefixes every prop in messages. */
  readonly path: string;
  readonly name: string;
  readonly identifiers?: string[];
  /** The mapping the user wrote, checked strictly. */
  readonly explicitMapping?: cognito.AttributeMapping;
  /** The mapping the provider gets: preset or default merged with the explicit one. */
  readonly effectiveMapping: cognito.AttributeMapping;
  readonly schema: PoolSchema;
  readonly saml?: { readonly metadataUrl?: string; readonly metadataDocument?: string };
  readonly oidc?: { readonly issuerUrl: string; readonly clientSecret: SecretValue };
}

/** Every provider of the construct, with what the construct as a whole must have. */
export interface SsoSubject {
  readonly providers: ProviderSubject[];
  readonly hasDomain: boolean;
}

/** An app client and the identity providers it names. */
export interface SsoClientSubject {
  readonly clientName: string;
  /** The names in the client's `supportedIdentityProviders`. */
  readonly providerNames: string[];
  /** Names the client may use: COGNITO and every provider registered on the pool. */
  readonly knownNames: string[];
  readonly oAuthEnabled: boolean;
}

/** The identity pool's settings and the app clients it will trust. */
export interface SsoIdentityPoolSubject {
  readonly options: SsoIdentityPoolOptions;
  readonly clientNames: string[];
}
