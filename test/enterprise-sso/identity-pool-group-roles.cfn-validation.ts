import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { ssoProps } from './fixtures';
import { EnterpriseSso } from '../../lib/enterprise-sso';
import { CloudFormationValidationScenario } from '../support/cloudformation-validation';

// The one SSO scenario that pays for CloudFormation's built-in validation: a group role that trusts the
// identity pool, added after the fact, is the shape that closes a dependency cycle when the identity
// pool depends on the whole user pool subtree.
export const SSO_IDENTITY_POOL_GROUP_ROLES: CloudFormationValidationScenario = {
  name: 'EnterpriseSso with an identity pool and group roles',
  build: (app) => {
    const stack = new Stack(app, 'Sso', { env: { account: '123456789012', region: 'eu-west-1' } });
    const sso = new EnterpriseSso(stack, 'Sso', ssoProps({ identityPool: {} }));
    const admins = new iam.Role(stack, 'AdminsRole', {
      assumedBy: new iam.FederatedPrincipal('cognito-identity.amazonaws.com', {
        'StringEquals': { 'cognito-identity.amazonaws.com:aud': sso.identityPool!.identityPoolId },
        'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
      }, 'sts:AssumeRoleWithWebIdentity'),
    });
    sso.pool.addGroup({ name: 'admins', role: admins });
  },
};
