import { Stack } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { CustomerPortal, CustomerPortalProps, SocialProvider, SocialProviderOptions } from '../../lib/customer-portal';
import { testStack } from '../support/test-stack';

/** The least a portal needs: a domain and the web app's redirect URLs. */
export const MINIMAL_PORTAL: CustomerPortalProps = {
  domain: { cognitoDomainPrefix: 'example-shop' },
  callbackUrls: ['https://shop.example.com/auth/callback'],
  logoutUrls: ['https://shop.example.com/'],
};

export function portalStack(props: Partial<CustomerPortalProps> = {}): { stack: Stack; portal: CustomerPortal } {
  const stack = testStack();
  const portal = new CustomerPortal(stack, 'Portal', { ...MINIMAL_PORTAL, ...props });
  return { stack, portal };
}

/** Secrets imported by name or ARN (once per stack): the template can only ever refer to them. */
export function importedSecret(stack: Stack, id: string, name: string): secretsmanager.ISecret {
  return (stack.node.tryFindChild(id) as secretsmanager.ISecret | undefined) ?? secretsmanager.Secret.fromSecretNameV2(stack, id, name);
}

/** One valid configuration per social provider, with credentials imported from Secrets Manager. */
export function socialProviderOptions(stack: Stack, provider: SocialProvider): SocialProviderOptions {
  switch (provider) {
    case SocialProvider.GOOGLE:
      return { provider, clientId: 'google-client-id.apps.googleusercontent.com', clientSecret: { secret: importedSecret(stack, 'GoogleSecret', 'shop/google'), jsonField: 'clientSecret' } };
    case SocialProvider.FACEBOOK:
      return { provider, clientId: '1234567890', clientSecret: { secret: importedSecret(stack, 'FacebookSecret', 'shop/facebook'), jsonField: 'appSecret' } };
    case SocialProvider.AMAZON:
      return {
        provider,
        clientId: 'amzn1.application-oa2-client.0123456789',
        clientSecret: { secret: importedSecretByArn(stack) },
      };
    default:
      return {
        provider,
        clientId: 'com.example.shop.signin',
        teamId: 'TEAM123456',
        keyId: 'KEY1234567',
        privateKey: { secret: importedSecret(stack, 'AppleKey', 'shop/apple'), jsonField: 'privateKey' },
      };
  }
}

function importedSecretByArn(stack: Stack): secretsmanager.ISecret {
  return (stack.node.tryFindChild('AmazonSecret') as secretsmanager.ISecret | undefined)
    ?? secretsmanager.Secret.fromSecretCompleteArn(stack, 'AmazonSecret', 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop/amazon-AbCdEf');
}

/** A portal offering the given providers, each configured as above with `overrides` applied. */
export function portalWithProviders(
  providers: SocialProvider[],
  overrides: Partial<SocialProviderOptions> = {},
): { stack: Stack; portal: CustomerPortal } {
  const stack = testStack();
  const portal = new CustomerPortal(stack, 'Portal', {
    ...MINIMAL_PORTAL,
    socialProviders: providers.map((provider) => ({ ...socialProviderOptions(stack, provider), ...overrides })),
  });
  return { stack, portal };
}

export const ALL_SOCIAL_PROVIDERS = [SocialProvider.GOOGLE, SocialProvider.FACEBOOK, SocialProvider.APPLE, SocialProvider.AMAZON];
