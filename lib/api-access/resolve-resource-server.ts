import * as cognito from 'aws-cdk-lib/aws-cognito';
import { ResourceServerOptions } from './resource-server-options';
import { ResourceServerSubject } from '../private/validation/subjects';

/** A resource server's options as the template will declare them: the name defaults to the identifier. */
export function resourceServerSubject(options: ResourceServerOptions): ResourceServerSubject {
  return {
    identifier: options.identifier,
    name: options.name ?? options.identifier,
    scopes: (options.scopes ?? []).map(({ scopeName, scopeDescription }) => ({ scopeName, scopeDescription })),
  };
}

/** The L2 resource server props for checked options. */
export function toResourceServerProps(userPool: cognito.IUserPool, options: ResourceServerOptions): cognito.UserPoolResourceServerProps {
  return {
    userPool,
    identifier: options.identifier,
    userPoolResourceServerName: options.name,
    scopes: (options.scopes ?? []).map((scope) => new cognito.ResourceServerScope(scope)),
  };
}
