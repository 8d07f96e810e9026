import { App, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { ssoProps } from './fixtures';
import { EnterpriseSso } from '../../lib/enterprise-sso';

// The one SSO test that pays for CloudFormation's built-in validation: a group role that trusts the
// identity pool, added after the fact, is the shape that closes a dependency cycle when the identity
// pool depends on the whole user pool subtree.
describe('EnterpriseSso with an identity pool and group roles, under CloudFormation validation', () => {
  const saved = process.env.CDK_VALIDATION;
  beforeAll(() => delete process.env.CDK_VALIDATION);
  afterAll(() => { process.env.CDK_VALIDATION = saved; });

  test('synthesizes without findings or dependency cycles', () => {
    const app = new App({ builtinCloudFormationValidation: true });
    const stack = new Stack(app, 'Sso', { env: { account: '123456789012', region: 'eu-west-1' } });
    const sso = new EnterpriseSso(stack, 'Sso', ssoProps({ identityPool: {} }));
    const admins = new iam.Role(stack, 'AdminsRole', {
      assumedBy: new iam.FederatedPrincipal('cognito-identity.amazonaws.com', {
        'StringEquals': { 'cognito-identity.amazonaws.com:aud': sso.identityPool!.identityPoolId },
        'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
      }, 'sts:AssumeRoleWithWebIdentity'),
    });
    sso.pool.addGroup({ name: 'admins', role: admins });
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(() => app.synth()).not.toThrow();
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });
});
