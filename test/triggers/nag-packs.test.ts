import { Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks, PCIDSS321Checks } from 'cdk-nag';
import { ALL_TRIGGERS, triggersStack } from './support/all-triggers-stack';
import { EnterpriseTriggers } from '../../lib/triggers/enterprise-triggers';

// The pool's own settings are EnterpriseUserPool's concern; here the pool is made compliant so only the triggers are judged.
const COMPLIANT_POOL: cognito.UserPoolProps = {
  passwordPolicy: { minLength: 14, requireDigits: true, requireLowercase: true, requireSymbols: true, requireUppercase: true },
  mfa: cognito.Mfa.REQUIRED,
  mfaSecondFactor: { otp: true, sms: false },
};

function findings(stack: Stack) {
  return [new AwsSolutionsChecks(), new HIPAASecurityChecks(), new NIST80053R5Checks(), new PCIDSS321Checks()]
    .flatMap((pack) => pack.validateScope(stack).violations)
    .map((violation) => `${violation.ruleName} ${violation.violatingResources.map((resource) => resource.constructPath).join(', ')}`);
}

describe('the four AWS nag packs', () => {
  test('report nothing for a pool with every bundled trigger', () => {
    const { stack } = triggersStack(ALL_TRIGGERS, COMPLIANT_POOL);
    expect(findings(stack)).toEqual([]);
  });

  test('report nothing for the triggers even beside a default pool', () => {
    const { stack } = triggersStack();
    expect(findings(stack).filter((finding) => finding.includes('Stack/Triggers'))).toEqual([]);
  });

  test('report nothing with concurrency reserved', () => {
    const { stack } = triggersStack({ ...ALL_TRIGGERS, hardening: { reservedConcurrentExecutions: 20 } }, COMPLIANT_POOL);
    expect(findings(stack)).toEqual([]);
  });

  test('report nothing for triggers in a VPC', () => {
    const app = triggersStack({}).app;
    const stack = new Stack(app, 'VpcStack', { env: { account: '111111111111', region: 'eu-west-1' } });
    const vpc = new ec2.Vpc(stack, 'Vpc');
    const userPool = new cognito.UserPool(stack, 'Pool', { featurePlan: cognito.FeaturePlan.PLUS, ...COMPLIANT_POOL });
    new EnterpriseTriggers(stack, 'Triggers', { userPool, ...ALL_TRIGGERS, hardening: { vpc } });
    expect(findings(stack).filter((finding) => finding.includes('VpcStack/Triggers'))).toEqual([]);
  });
});
