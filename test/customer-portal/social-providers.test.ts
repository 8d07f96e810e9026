import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { ALL_SOCIAL_PROVIDERS, portalStack, portalWithProviders } from './portal-fixtures';
import { SocialProvider, CustomerPortal } from '../../lib/customer-portal';
import { awsNagErrors } from '../support/nag';

function portalWith(...providers: SocialProvider[]): { template: Template; portal: CustomerPortal } {
  const { stack, portal } = portalWithProviders(providers);
  return { template: Template.fromStack(stack), portal };
}

/** The identity provider resources of a template, without the pool id reference. */
function providerResources(template: Template): unknown {
  return template.findResources('AWS::Cognito::UserPoolIdentityProvider');
}

const EXPECTED: Array<[SocialProvider, object]> = [
  [SocialProvider.GOOGLE, {
    ProviderType: 'Google',
    AttributeMapping: { email: 'email', given_name: 'given_name', family_name: 'family_name', name: 'name', picture: 'picture' },
    ProviderDetails: Match.objectLike({ client_id: 'google-client-id.apps.googleusercontent.com', authorize_scopes: 'openid email profile' }),
  }],
  [SocialProvider.FACEBOOK, {
    ProviderType: 'Facebook',
    AttributeMapping: { email: 'email', given_name: 'first_name', family_name: 'last_name', name: 'name' },
    ProviderDetails: Match.objectLike({ client_id: '1234567890', authorize_scopes: 'public_profile,email' }),
  }],
  [SocialProvider.APPLE, {
    ProviderType: 'SignInWithApple',
    AttributeMapping: { email: 'email', given_name: 'firstName', family_name: 'lastName', name: 'name' },
    ProviderDetails: Match.objectLike({ client_id: 'com.example.shop.signin', team_id: 'TEAM123456', key_id: 'KEY1234567', authorize_scopes: 'email name' }),
  }],
  [SocialProvider.AMAZON, {
    ProviderType: 'LoginWithAmazon',
    AttributeMapping: { email: 'email', name: 'name' },
    ProviderDetails: Match.objectLike({ client_id: 'amzn1.application-oa2-client.0123456789', authorize_scopes: 'profile' }),
  }],
];

describe('CustomerPortal social sign-in', () => {
  test.each(EXPECTED)('%s: provider with attribute mapping and scopes', (provider, properties) => {
    const { template, portal } = portalWith(provider);
    template.resourceCountIs('AWS::Cognito::UserPoolIdentityProvider', 1);
    template.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', { ProviderName: provider, ...properties });
    expect(Object.keys(portal.socialProviders)).toEqual([provider]);
    expect(providerResources(template)).toMatchSnapshot();
  });

  test.each(ALL_SOCIAL_PROVIDERS)('%s: the web client lists it and waits for it', (provider) => {
    const { template } = portalWith(provider);
    const clients = template.findResources('AWS::Cognito::UserPoolClient');
    const [client] = Object.values(clients);
    expect(client.Properties.SupportedIdentityProviders).toEqual(['COGNITO', provider]);
    const [providerId] = Object.keys(providerResources(template) as object);
    expect(client.DependsOn).toEqual(expect.arrayContaining([providerId]));
  });

  test('all four providers together', () => {
    const { template } = portalWith(...ALL_SOCIAL_PROVIDERS);
    template.resourceCountIs('AWS::Cognito::UserPoolIdentityProvider', 4);
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      SupportedIdentityProviders: ['COGNITO', 'Google', 'Facebook', 'SignInWithApple', 'LoginWithAmazon'],
    });
  });

  test('the web client can write every attribute the four providers map, as Cognito requires of a federating client', () => {
    const { template } = portalWith(...ALL_SOCIAL_PROVIDERS);
    const mapped = Object.values(template.findResources('AWS::Cognito::UserPoolIdentityProvider'))
      .flatMap(({ Properties }) => Object.keys(Properties.AttributeMapping));
    const client = Object.values(template.findResources('AWS::Cognito::UserPoolClient'))[0].Properties;
    expect(mapped).toEqual(expect.arrayContaining(['email', 'given_name', 'family_name', 'name', 'picture']));
    expect(client.WriteAttributes).toEqual(expect.arrayContaining(mapped));
    // Customers may edit these themselves anyway; verification flags and customer_id stay unwritable.
    expect(client.WriteAttributes).not.toEqual(expect.arrayContaining([expect.stringMatching(/_verified$|^custom:customer_id$/)]));
    expect(client.AllowedOAuthScopes).not.toContain('aws.cognito.signin.user.admin');
  });

  test('attribute mapping and scopes given by the user merge over the defaults', () => {
    const { stack } = portalWithProviders([SocialProvider.GOOGLE], {
      scopes: ['openid', 'email'],
      attributeMapping: { phoneNumber: cognito.ProviderAttribute.GOOGLE_PHONE_NUMBERS },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      AttributeMapping: Match.objectLike({ email: 'email', phone_number: 'phoneNumbers' }),
      ProviderDetails: Match.objectLike({ authorize_scopes: 'openid email' }),
    });
  });

  test('the Facebook API version is passed through', () => {
    const { stack } = portalWithProviders([SocialProvider.FACEBOOK], { facebookApiVersion: 'v19.0' });
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      ProviderDetails: Match.objectLike({ api_version: 'v19.0' }),
    });
  });

  test('the four AWS nag packs find no errors with every provider', () => {
    expect(awsNagErrors(portalWithProviders(ALL_SOCIAL_PROVIDERS).stack)).toEqual([]);
  });

  test('a portal without social providers offers only the pool directory', () => {
    const { stack } = portalStack();
    Template.fromStack(stack).resourceCountIs('AWS::Cognito::UserPoolIdentityProvider', 0);
  });
});
