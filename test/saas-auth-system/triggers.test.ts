import { Match, Template } from 'aws-cdk-lib/assertions';
import { saasSystem } from './saas-fixtures';
import { awsNagErrors } from '../support/nag';

function lambdaEnvironments(template: Template): { [name: string]: string }[] {
  return Object.values(template.findResources('AWS::Lambda::Function')).map((fn: any) => fn.Properties.Environment?.Variables ?? {});
}

describe('SaasAuthSystem bundled triggers (needs EnterpriseUserPool to wire EnterpriseTriggers)', () => {
  test('pre sign-up, post confirmation and pre token generation (V2) are attached to the pool', () => {
    saasSystem().template().hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: {
        PreSignUp: Match.anyValue(),
        PostConfirmation: Match.anyValue(),
        PreTokenGenerationConfig: { LambdaArn: Match.anyValue(), LambdaVersion: 'V2_0' },
      },
    });
  });

  test('the triggers read the tenant, tier and company name attributes', () => {
    const environments = lambdaEnvironments(saasSystem().template());
    expect(environments).toEqual(expect.arrayContaining([
      expect.objectContaining({ REQUIRED_ATTRIBUTES: 'custom:company_name' }),
      expect.objectContaining({ TENANT_ATTRIBUTE: 'custom:tenant_id', TIER_ATTRIBUTE: 'custom:subscription_tier' }),
    ]));
  });

  test('tenant groups make post confirmation add users to tenant-{tenantId}', () => {
    expect(lambdaEnvironments(saasSystem({ tenantGroups: ['acme'] }).template()))
      .toEqual(expect.arrayContaining([expect.objectContaining({ TENANT_GROUP_TEMPLATE: 'tenant-{tenantId}' })]));
  });

  test('saasTriggers: false creates no function', () => {
    saasSystem({ saasTriggers: false }).template().resourceCountIs('AWS::Lambda::Function', 0);
  });

  test('zero error findings from the four AWS nag packs with the triggers', () => {
    expect(awsNagErrors(saasSystem({ tenantGroups: ['acme'] }).stack)).toEqual([]);
  });
});
