import * as iam from 'aws-cdk-lib/aws-iam';

/** Which identities of an identity pool a role trusts. */
export enum IdentityKind {
  AUTHENTICATED = 'authenticated',
  UNAUTHENTICATED = 'unauthenticated',
}

/**
 * The identity pool as a principal: only identities of this pool, and only of the given kind.
 * With session tags the trust also allows `sts:TagSession`, which Cognito needs to pass
 * principal tags; without it, assuming the role fails once principal tags are mapped.
 */
export function identityPoolPrincipal(identityPoolId: string, kind: IdentityKind, sessionTags: boolean): iam.IPrincipal {
  const principal = new iam.FederatedPrincipal('cognito-identity.amazonaws.com', {
    'StringEquals': { 'cognito-identity.amazonaws.com:aud': identityPoolId },
    'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': kind },
  }, 'sts:AssumeRoleWithWebIdentity');
  return sessionTags ? principal.withSessionTags() : principal;
}
