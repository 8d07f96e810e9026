import { SecretValue } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { SOCIAL_PROVIDER_DEFAULTS } from './defaults';
import { SocialProvider } from './social-provider';
import { SocialProviderOptions } from './social-provider-options';
import { SocialProviderSecret } from './social-provider-secret';

/** A `{{resolve:secretsmanager:...}}` reference to a provider credential, never its value. */
function secretReference(reference: SocialProviderSecret): SecretValue {
  return reference.jsonField ? reference.secret.secretValueFromJson(reference.jsonField) : reference.secret.secretValue;
}

/**
 * Registers one social provider on the pool, with the provider's default scopes and attribute
 * mapping under the user's. Expects options that passed the portal's rules.
 */
export function createSocialIdentityProvider(
  scope: Construct,
  userPool: cognito.IUserPool,
  options: SocialProviderOptions,
): cognito.IUserPoolIdentityProvider {
  const defaults = SOCIAL_PROVIDER_DEFAULTS[options.provider];
  const common = {
    userPool,
    clientId: options.clientId,
    scopes: options.scopes ?? defaults.scopes,
    attributeMapping: { ...defaults.attributeMapping, ...options.attributeMapping },
  };
  switch (options.provider) {
    case SocialProvider.GOOGLE:
      return new cognito.UserPoolIdentityProviderGoogle(scope, 'Google', { ...common, clientSecretValue: secretReference(options.clientSecret!) });
    case SocialProvider.APPLE:
      return new cognito.UserPoolIdentityProviderApple(scope, 'Apple', {
        ...common,
        teamId: options.teamId!,
        keyId: options.keyId!,
        privateKeyValue: secretReference(options.privateKey!),
      });
    // These two L2s take the secret as a string; the unwrapped token still renders as a dynamic reference.
    case SocialProvider.FACEBOOK:
      return new cognito.UserPoolIdentityProviderFacebook(scope, 'Facebook', {
        ...common,
        clientSecret: secretReference(options.clientSecret!).unsafeUnwrap(),
        apiVersion: options.facebookApiVersion,
      });
    case SocialProvider.AMAZON:
      return new cognito.UserPoolIdentityProviderAmazon(scope, 'Amazon', { ...common, clientSecret: secretReference(options.clientSecret!).unsafeUnwrap() });
    default:
      throw new Error(`${scope.node.path}: unknown social provider ${JSON.stringify(options.provider)}`);
  }
}
