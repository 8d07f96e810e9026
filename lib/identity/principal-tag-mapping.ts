import * as cognito from 'aws-cdk-lib/aws-cognito';
import { IIdentityPool } from 'aws-cdk-lib/aws-cognito-identitypool';
import { Construct } from 'constructs';

/**
 * Maps user pool claims to principal tags on the credentials the identity pool hands out, for
 * attribute-based access control. One mapping covers every app client of the user pool.
 * @param tags principal tag key → token claim, for example `{ tenant_id: 'custom:tenant_id' }`
 */
export function mapPrincipalTags(
  scope: Construct, id: string, identityPool: IIdentityPool, userPool: cognito.IUserPool, tags: { [tag: string]: string },
): cognito.CfnIdentityPoolPrincipalTag {
  return new cognito.CfnIdentityPoolPrincipalTag(scope, id, {
    identityPoolId: identityPool.identityPoolId,
    identityProviderName: userPool.userPoolProviderName,
    // Only the tags named here: the defaults (aud, sub) are not needed for tenant scoping.
    useDefaults: false,
    principalTags: tags,
  });
}
