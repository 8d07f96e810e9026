/**
 * Create-only properties of every AWS::Cognito::* resource type: changing one makes
 * CloudFormation replace the resource (create a new one, then delete the old one).
 *
 * Read from `@aws-cdk/aws-service-spec` (`causesReplacement`), the database aws-cdk-lib is
 * generated from. A test compares this table with the database, so it cannot drift; when a new
 * version of the database changes a type, that test says what to copy here.
 */
export const COGNITO_REPLACEMENT_PROPERTIES: { readonly [resourceType: string]: readonly string[] } = {
  'AWS::Cognito::IdentityPool': [],
  'AWS::Cognito::IdentityPoolPrincipalTag': ['IdentityPoolId', 'IdentityProviderName'],
  'AWS::Cognito::IdentityPoolRoleAttachment': ['IdentityPoolId'],
  'AWS::Cognito::LogDeliveryConfiguration': ['UserPoolId'],
  'AWS::Cognito::ManagedLoginBranding': ['ClientId', 'UserPoolId'],
  'AWS::Cognito::Terms': ['ClientId', 'UserPoolId'],
  'AWS::Cognito::UserPool': [],
  'AWS::Cognito::UserPoolClient': ['GenerateSecret', 'UserPoolId'],
  'AWS::Cognito::UserPoolDomain': ['Domain', 'UserPoolId'],
  'AWS::Cognito::UserPoolGroup': ['GroupName', 'UserPoolId'],
  'AWS::Cognito::UserPoolIdentityProvider': ['ProviderName', 'ProviderType', 'UserPoolId'],
  'AWS::Cognito::UserPoolRegionalConfigurationAttachment': ['UserPoolId'],
  'AWS::Cognito::UserPoolReplica': ['RegionName', 'UserPoolId', 'UserPoolTagsAtCreate'],
  'AWS::Cognito::UserPoolResourceServer': ['Identifier', 'UserPoolId'],
  'AWS::Cognito::UserPoolRiskConfigurationAttachment': ['ClientId', 'UserPoolId'],
  'AWS::Cognito::UserPoolUICustomizationAttachment': ['ClientId', 'UserPoolId'],
  'AWS::Cognito::UserPoolUser': [
    'ClientMetadata',
    'DesiredDeliveryMediums',
    'ForceAliasCreation',
    'MessageAction',
    'UserAttributes',
    'UserPoolId',
    'Username',
    'ValidationData',
  ],
  'AWS::Cognito::UserPoolUserToGroupAttachment': ['GroupName', 'UserPoolId', 'Username'],
};
