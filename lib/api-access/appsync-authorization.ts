import * as appsync from 'aws-cdk-lib/aws-appsync';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { AppSyncAuthorizationOptions } from './appsync-authorization-options';

/** The AppSync authorization mode that accepts tokens of one user pool. */
export function appSyncAuthorization(userPool: cognito.IUserPool, options: AppSyncAuthorizationOptions = {}): appsync.AuthorizationMode {
  return {
    authorizationType: appsync.AuthorizationType.USER_POOL,
    userPoolConfig: { userPool, appIdClientRegex: options.appIdClientRegex, defaultAction: options.defaultAction },
  };
}
