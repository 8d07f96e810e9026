import { AdminAddUserToGroupCommand, AdminCreateUserCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { TENANT_ATTRIBUTE, TIER_ATTRIBUTE } from '../../../lib/saas-auth-system/defaults';

/** A user a tenant's administrator invites. */
export interface TenantUserInvitation {
  readonly email: string;
  readonly tenantId: string;
  readonly tier: string;
  readonly temporaryPassword: string;
  /** Further attributes, such as the pool's required names. */
  readonly attributes: Record<string, string>;
  /** The groups the user belongs in: post confirmation does not run for an invited user. */
  readonly groups: string[];
}

/**
 * Onboards a tenant user as the SaaS guide describes: the backend creates the user with
 * `AdminCreateUser`, setting the admin-only tenant and tier attributes (an immutable attribute can
 * only be set at creation), and Cognito emails the invitation with the temporary password. Cognito
 * runs no post confirmation for an invited user, so the backend adds the group memberships itself.
 * Returns the username Cognito gave the user.
 */
export async function inviteTenantUser(
  cognito: CognitoIdentityProviderClient, userPoolId: string, invitation: TenantUserInvitation,
): Promise<string> {
  const attributes = {
    ...invitation.attributes,
    email: invitation.email,
    email_verified: 'true',
    [`custom:${TENANT_ATTRIBUTE}`]: invitation.tenantId,
    [`custom:${TIER_ATTRIBUTE}`]: invitation.tier,
  };
  const { User } = await cognito.send(new AdminCreateUserCommand({
    UserPoolId: userPoolId,
    Username: invitation.email,
    TemporaryPassword: invitation.temporaryPassword,
    DesiredDeliveryMediums: ['EMAIL'],
    UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
  }));
  const username = User!.Username!;
  for (const GroupName of invitation.groups) {
    await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName }));
  }
  return username;
}
