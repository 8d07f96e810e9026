import { REDIRECTS } from './saas-fixtures';
import { resolveSaasPoolProps } from '../../lib/saas-auth-system/resolve-saas-props';

describe('the bundled triggers a SaasAuthSystem hands to EnterpriseUserPool', () => {
  test('pre sign-up requires a company name; post confirmation and pre token generation read the tenant and tier', () => {
    expect(resolveSaasPoolProps(REDIRECTS).triggers).toEqual({
      preSignUp: { requiredAttributes: ['custom:company_name'] },
      postConfirmation: { tenantAttribute: 'custom:tenant_id' },
      preTokenGeneration: { tenantAttribute: 'custom:tenant_id', tierAttribute: 'custom:subscription_tier' },
    });
  });

  test('tenant groups add the tenant-{tenantId} group template to post confirmation', () => {
    expect(resolveSaasPoolProps({ ...REDIRECTS, tenantGroups: ['acme'] }).triggers?.postConfirmation)
      .toEqual({ tenantAttribute: 'custom:tenant_id', tenantGroupTemplate: 'tenant-{tenantId}' });
  });

  test('given triggers merge over the SaaS ones, one by one', () => {
    const triggers = resolveSaasPoolProps({
      ...REDIRECTS,
      triggers: { preSignUp: { blockedDomains: ['spam.test'] }, customMessage: { brandName: 'Acme' }, preTokenGeneration: undefined },
    }).triggers;
    expect(triggers?.preSignUp).toEqual({ requiredAttributes: ['custom:company_name'], blockedDomains: ['spam.test'] });
    expect(triggers?.customMessage).toEqual({ brandName: 'Acme' });
    expect(triggers?.preTokenGeneration).toEqual({ tenantAttribute: 'custom:tenant_id', tierAttribute: 'custom:subscription_tier' });
  });

  test('saasTriggers: false leaves only the triggers given', () => {
    expect(resolveSaasPoolProps({ ...REDIRECTS, saasTriggers: false }).triggers).toEqual({});
    expect(resolveSaasPoolProps({ ...REDIRECTS, saasTriggers: false, triggers: { customMessage: {} } }).triggers).toEqual({ customMessage: {} });
  });

  test('the web and mobile clients come first, then any extra client', () => {
    const names = resolveSaasPoolProps({ ...REDIRECTS, appClients: [{ name: 'backend' }] }).appClients?.map((client) => client.name);
    expect(names).toEqual(['web', 'mobile', 'backend']);
  });
});
