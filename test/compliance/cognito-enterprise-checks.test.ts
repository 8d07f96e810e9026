import { App, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { compliantCfnUserPool, compliantCfnUserPoolClient, findingsOf, newStack } from './nag-fixtures';
import { CognitoEnterpriseChecks } from '../../lib/compliance';

function deliberatelyWeakPool(stack: Stack): cognito.UserPoolClient {
  const pool = new cognito.UserPool(stack, 'Weak', {
    removalPolicy: RemovalPolicy.DESTROY,
    deletionProtection: false,
    signInCaseSensitive: true,
  });
  return pool.addClient('Client', {
    oAuth: {
      flows: { implicitCodeGrant: true },
      callbackUrls: ['https://example.com', 'http://evil.test/*'],
    },
    enableTokenRevocation: false,
  });
}

describe('CognitoEnterpriseChecks', () => {
  test('a deliberately weak L2 pool and client yield exactly the expected findings', () => {
    const stack = newStack();
    deliberatelyWeakPool(stack);
    expect(findingsOf(stack)).toEqual([
      'CognitoEnterprise-COG1 Stack/Weak/Client/Resource',
      'CognitoEnterprise-COG11 Stack/Weak/Resource',
      'CognitoEnterprise-COG2 Stack/Weak/Client/Resource',
      'CognitoEnterprise-COG3 Stack/Weak/Client/Resource',
      'CognitoEnterprise-COG4 Stack/Weak/Client/Resource',
      'CognitoEnterprise-COG5 Stack/Weak/Client/Resource',
      'CognitoEnterprise-COG6 Stack/Weak/Resource',
      'CognitoEnterprise-COG7 Stack/Weak/Resource',
      'CognitoEnterprise-COG8 Stack/Weak/Resource',
    ]);
  });

  test('a compliant L1 pool and client yield no findings', () => {
    const stack = newStack();
    compliantCfnUserPool(stack, 'Pool');
    compliantCfnUserPoolClient(stack, 'Client');
    const report = new CognitoEnterpriseChecks().validateScope(stack);
    expect(report).toEqual({ success: true, violations: [] });
  });

  test('an acknowledged finding is not reported, and the acknowledgement is per rule', () => {
    const stack = newStack();
    const client = deliberatelyWeakPool(stack);
    Validations.of(client).acknowledge({ id: 'CognitoEnterprise-COG1', reason: 'Legacy SPA, migrating to the code grant.' });
    const findings = findingsOf(stack);
    expect(findings).not.toContain('CognitoEnterprise-COG1 Stack/Weak/Client/Resource');
    expect(findings).toContain('CognitoEnterprise-COG4 Stack/Weak/Client/Resource');
  });

  test('an acknowledgement on a parent scope covers the resources below it', () => {
    const stack = newStack();
    deliberatelyWeakPool(stack);
    Validations.of(stack).acknowledge({ id: 'CognitoEnterprise-COG5', reason: 'Sign-up reveals existing accounts anyway in this app.' });
    expect(findingsOf(stack).filter((finding) => finding.startsWith('CognitoEnterprise-COG5 '))).toEqual([]);
  });

  test('reports carry the rule level as severity and the info as description', () => {
    const stack = newStack();
    deliberatelyWeakPool(stack);
    const violations = new CognitoEnterpriseChecks().validateScope(stack).violations;
    expect(violations.find((v) => v.ruleName === 'CognitoEnterprise-COG1')).toMatchObject({
      severity: 'error',
      description: 'The Cognito app client allows the OAuth implicit grant.',
    });
    expect(violations.find((v) => v.ruleName === 'CognitoEnterprise-COG5')?.severity).toBe('warning');
  });

  test('the verbose prop adds the explanation to the description', () => {
    const stack = newStack();
    deliberatelyWeakPool(stack);
    const violations = new CognitoEnterpriseChecks(undefined, { verbose: true }).validateScope(stack).violations;
    expect(violations.find((v) => v.ruleName === 'CognitoEnterprise-COG1')?.description).toMatch(/RFC 9700/);
  });

  test('registered as a validation plugin, error findings fail synth', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack');
    deliberatelyWeakPool(stack);
    Validations.of(app).addPlugins(new CognitoEnterpriseChecks(app));
    expect(() => app.synth()).toThrow(/CognitoEnterprise-COG1/);
  });
});
