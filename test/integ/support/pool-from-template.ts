import { CreateGroupRequest, CreateUserPoolClientRequest, CreateUserPoolRequest } from '@aws-sdk/client-cognito-identity-provider';
import { CfnTemplate, onlyResourceOfType, requireLiteral, resourcesOfType } from './synthesized-template';

/** The Cognito API requests that recreate a synthesized pool, its app clients and its groups. */
export interface PoolDefinition {
  readonly pool: CreateUserPoolRequest;
  /** By client name; each is created in the pool `pool` creates. */
  readonly clients: Record<string, Omit<CreateUserPoolClientRequest, 'UserPoolId'>>;
  readonly groups: Omit<CreateGroupRequest, 'UserPoolId'>[];
}

/*
 * CloudFormation's Cognito properties carry the API's own names, so a property is copied when the
 * create request has a member of that name. The lists name every property the constructs may set:
 * an unknown one fails the translation instead of silently leaving the emulated pool different.
 */
const CREATE_USER_POOL_MEMBERS = [
  'AccountRecoverySetting', 'AdminCreateUserConfig', 'AliasAttributes', 'AutoVerifiedAttributes', 'DeletionProtection',
  'DeviceConfiguration', 'EmailConfiguration', 'EmailVerificationMessage', 'EmailVerificationSubject', 'MfaConfiguration',
  'Policies', 'Schema', 'SmsAuthenticationMessage', 'SmsConfiguration', 'SmsVerificationMessage', 'UserAttributeUpdateSettings',
  'UserPoolAddOns', 'UserPoolTags', 'UserPoolTier', 'UsernameAttributes', 'UsernameConfiguration', 'VerificationMessageTemplate',
];
const NOT_CREATE_USER_POOL_MEMBERS: Record<string, string> = {
  UserPoolName: 'sent as PoolName',
  LambdaConfig: 'trigger ARNs exist only once deployed; the emulator takes its triggers from its own configuration',
  EnabledMfas: 'set with SetUserPoolMfaConfig, which the emulator lacks',
  WebAuthnRelyingPartyID: 'set with SetUserPoolMfaConfig, which the emulator lacks',
  WebAuthnUserVerification: 'set with SetUserPoolMfaConfig, which the emulator lacks',
};
const CREATE_USER_POOL_CLIENT_MEMBERS = [
  'AccessTokenValidity', 'AllowedOAuthFlows', 'AllowedOAuthFlowsUserPoolClient', 'AllowedOAuthScopes', 'AnalyticsConfiguration',
  'AuthSessionValidity', 'CallbackURLs', 'ClientName', 'DefaultRedirectURI', 'EnablePropagateAdditionalUserContextData',
  'EnableTokenRevocation', 'ExplicitAuthFlows', 'GenerateSecret', 'IdTokenValidity', 'LogoutURLs', 'PreventUserExistenceErrors',
  'ReadAttributes', 'RefreshTokenRotation', 'RefreshTokenValidity', 'SupportedIdentityProviders', 'TokenValidityUnits', 'WriteAttributes',
];
const CREATE_GROUP_MEMBERS = ['Description', 'GroupName', 'Precedence'];
const NOT_CREATE_GROUP_MEMBERS: Record<string, string> = {
  RoleArn: 'a role for identity pools; the emulator has no IAM',
};
// Every create request names its pool itself.
const POOL_REFERENCE = 'UserPoolId';

function copyMembers(properties: Record<string, unknown>, members: string[], skipped: Record<string, string>, where: string) {
  const request: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(properties)) {
    if (members.includes(name)) {
      request[name] = requireLiteral(value, `${where}.${name}`);
    } else if (!(name in skipped) && name !== POOL_REFERENCE) {
      throw new Error(`${where}.${name} has no counterpart in the Cognito create request: teach pool-from-template.ts about it`);
    }
  }
  return request;
}

/**
 * Translates the template's `AWS::Cognito::UserPool`, `AWS::Cognito::UserPoolClient` and
 * `AWS::Cognito::UserPoolGroup` resources into CreateUserPool, CreateUserPoolClient and
 * CreateGroup requests. The template must hold one pool; its clients and groups are that pool's.
 */
export function poolDefinitionFromTemplate(template: CfnTemplate): PoolDefinition {
  const [poolId, pool] = onlyResourceOfType(template, 'AWS::Cognito::UserPool');
  const poolProperties = pool.Properties ?? {};
  const clients: PoolDefinition['clients'] = {};
  for (const [id, client] of Object.entries(resourcesOfType(template, 'AWS::Cognito::UserPoolClient'))) {
    const request = copyMembers(client.Properties ?? {}, CREATE_USER_POOL_CLIENT_MEMBERS, {}, id) as PoolDefinition['clients'][string];
    clients[request.ClientName ?? id] = { ...request, ClientName: request.ClientName ?? id };
  }
  const groups = Object.entries(resourcesOfType(template, 'AWS::Cognito::UserPoolGroup'))
    .map(([id, group]) => copyMembers(group.Properties ?? {}, CREATE_GROUP_MEMBERS, NOT_CREATE_GROUP_MEMBERS, id) as PoolDefinition['groups'][number]);
  return {
    pool: {
      ...copyMembers(poolProperties, CREATE_USER_POOL_MEMBERS, NOT_CREATE_USER_POOL_MEMBERS, poolId),
      PoolName: (poolProperties.UserPoolName as string | undefined) ?? poolId,
    },
    clients,
    groups,
  };
}
