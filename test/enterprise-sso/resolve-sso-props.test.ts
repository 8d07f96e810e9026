import * as cognito from 'aws-cdk-lib/aws-cognito';
import { ssoProps } from './fixtures';
import { resolveSsoPoolProps } from '../../lib/enterprise-sso/resolve-sso-props';

describe('EnterpriseSso pool props', () => {
  test('providers, clients and the identity pool are not pool props', () => {
    const resolved = resolveSsoPoolProps(ssoProps({ identityPool: {} })) as { [key: string]: unknown };
    expect(resolved).not.toHaveProperty('samlProviders');
    expect(resolved).not.toHaveProperty('identityPool');
    expect(resolved.appClients).toBeUndefined();
  });

  test('every custom attribute is admin-only, including ones you define', () => {
    expect(resolveSsoPoolProps(ssoProps()).adminOnlyAttributes).toEqual(['employee_id', 'department', 'role']);
    const own = resolveSsoPoolProps(ssoProps({ customAttributes: { cost_center: new cognito.StringAttribute({ mutable: true }) } }));
    expect(own.adminOnlyAttributes).toEqual(['cost_center']);
    expect(resolveSsoPoolProps(ssoProps({ adminOnlyAttributes: [] })).adminOnlyAttributes).toEqual([]);
  });

  test('the pre token generation trigger gets the SSO claims of attributes the pool has; explicit claims win', () => {
    const resolved = resolveSsoPoolProps(ssoProps({
      customAttributes: { role: new cognito.StringAttribute({ mutable: true }) },
      triggers: { preTokenGeneration: { claimMapping: { team: 'custom:role' } } },
    }));
    expect(resolved.triggers?.preTokenGeneration?.claimMapping).toEqual({ role: 'custom:role', team: 'custom:role' });
  });

  test('other triggers are passed through untouched', () => {
    const triggers = { preSignUp: { allowedDomains: ['example.com'] } };
    expect(resolveSsoPoolProps(ssoProps({ triggers })).triggers).toBe(triggers);
  });
});
