import * as cognito from 'aws-cdk-lib/aws-cognito';
import {
  IIdentityPool, IUserPoolAuthenticationProvider, UserPoolAuthenticationProviderBindConfig, UserPoolAuthenticationProviderBindOptions,
} from 'aws-cdk-lib/aws-cognito-identitypool';
import { Construct } from 'constructs';

/**
 * Sign-in through one user pool client, with server-side token checks (a signed-out or revoked
 * token gets no credentials).
 *
 * Unlike `UserPoolAuthenticationProvider`, it does not make the identity pool depend on the
 * whole user pool subtree: the references to the pool and client already order the deployment,
 * and that blanket dependency would include the pool's groups, so any group role that trusts
 * the identity pool would close a dependency cycle.
 */
export class UserPoolClientLogin implements IUserPoolAuthenticationProvider {
  constructor(private readonly userPool: cognito.IUserPool, private readonly client: cognito.IUserPoolClient) {}

  public bind(
    _scope: Construct, _identityPool: IIdentityPool, _options?: UserPoolAuthenticationProviderBindOptions,
  ): UserPoolAuthenticationProviderBindConfig {
    return {
      clientId: this.client.userPoolClientId,
      providerName: this.userPool.userPoolProviderName,
      serverSideTokenCheck: true,
    };
  }
}
