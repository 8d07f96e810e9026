import { Match, Template } from 'aws-cdk-lib/assertions';
import { ssoProps } from './fixtures';
import { EnterpriseSso } from '../../lib/enterprise-sso';
import { PRE_TOKEN_GENERATION_ENV } from '../../lib/private/trigger-environment';
import { testStack } from '../support/test-stack';

/** The claim mapping the pre token generation trigger was configured with. */
function claimMapping(template: Template): { [claim: string]: string } {
  const functions = template.findResources('AWS::Lambda::Function', {
    Properties: { Environment: { Variables: Match.objectLike({ [PRE_TOKEN_GENERATION_ENV.claimMapping]: Match.anyValue() }) } },
  });
  const [fn] = Object.values(functions);
  expect(fn).toBeDefined();
  return JSON.parse(fn.Properties.Environment.Variables[PRE_TOKEN_GENERATION_ENV.claimMapping]);
}

describe('EnterpriseSso claims from the IdP', () => {
  test('the pre token generation trigger copies the IdP-mapped role, department and employee id into the tokens', () => {
    const stack = testStack();
    new EnterpriseSso(stack, 'Sso', ssoProps({ triggers: { preTokenGeneration: {} } }));
    expect(claimMapping(Template.fromStack(stack))).toEqual({
      role: 'custom:role',
      department: 'custom:department',
      employee_id: 'custom:employee_id',
    });
  });

  test('explicit claims win over and add to the SSO claims', () => {
    const stack = testStack();
    new EnterpriseSso(stack, 'Sso', ssoProps({ triggers: { preTokenGeneration: { claimMapping: { role: 'custom:idp_role', site: 'custom:department' } } } }));
    expect(claimMapping(Template.fromStack(stack))).toEqual({
      role: 'custom:idp_role',
      department: 'custom:department',
      employee_id: 'custom:employee_id',
      site: 'custom:department',
    });
  });

  test('no trigger unless asked for', () => {
    const stack = testStack();
    new EnterpriseSso(stack, 'Sso', ssoProps());
    Template.fromStack(stack).resourceCountIs('AWS::Lambda::Function', 0);
  });
});
