// What goes with a resource when CloudFormation deletes it, for the messages a reviewer reads.
const LOST_WITH: { [resourceType: string]: string } = {
  'AWS::Cognito::UserPool': 'every user in it, their passwords, MFA devices and group memberships — irreversibly',
  'AWS::Cognito::IdentityPool': 'every identity ID in it, so returning users get new identities and lose access to data keyed by the old ones',
  'AWS::Cognito::UserPoolClient': 'its client ID and secret, so every app configured with them stops signing in',
  'AWS::Cognito::UserPoolDomain': 'the hosted sign-in domain, which stops serving until it is recreated',
  'AWS::Cognito::UserPoolGroup': 'the group and its memberships',
  'AWS::Cognito::UserPoolIdentityProvider': 'the federated identity provider and the links of federated users to it',
  'AWS::Cognito::UserPoolUser': 'the user',
};

export function whatIsLost(resourceType: string): string {
  return LOST_WITH[resourceType] ?? 'its configuration';
}
