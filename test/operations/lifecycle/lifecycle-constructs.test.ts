import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks, PCIDSS321Checks } from 'cdk-nag';
import { AuthMonitoring } from '../../../lib/monitoring';
import { UserAnalytics } from '../../../lib/operations';
import { SCAN_PARTITIONS } from '../../../lib/private/scan-environment';
import { cognitoEnterpriseFindings } from '../../support/nag';
import { lifecycleStack } from '../support/lifecycle-stack';

function findings(stack: ReturnType<typeof lifecycleStack>['stack']): string[] {
  return [new AwsSolutionsChecks(), new HIPAASecurityChecks(), new NIST80053R5Checks(), new PCIDSS321Checks()]
    .flatMap((pack) => pack.validateScope(stack).violations)
    .filter((violation) => violation.severity === undefined || /error/i.test(violation.severity))
    .flatMap((violation) => violation.violatingResources.map((resource) => `${violation.ruleName} ${resource.constructPath}`))
    // Scheduler targets put their default role at the stack's root.
    .filter((finding) => /Stack\/(Analytics|Inactive|SchedulerRoleForTarget)/.test(finding));
}

const policyDocuments = (template: Template, pathPart: string) => Object.values(template.findResources('AWS::IAM::ManagedPolicy'))
  .filter((policy) => JSON.stringify(policy.Properties.Description).includes(pathPart))
  .map((policy) => JSON.stringify(policy.Properties.PolicyDocument));

describe('UserAnalytics and InactiveUserPolicy', () => {
  const { stack } = lifecycleStack();
  const template = Template.fromStack(stack);

  test('the four AWS nag packs report no errors on their defaults', () => {
    expect(findings(stack)).toEqual([]);
  });

  test('the library\'s own Cognito pack has nothing to say about the jobs', () => {
    const ours = cognitoEnterpriseFindings(stack).filter((finding) => finding.resources.some((resource) => /Analytics|Inactive/.test(resource)));
    expect(ours).toEqual([]);
  });

  test('the nag packs report no errors in enforcing mode with every option set', () => {
    const { stack: enforcing } = lifecycleStack({ maxConcurrency: 8, listRequestsPerSecond: 20 }, { enforce: true, disableRequestsPerSecond: 10 });
    expect(findings(enforcing)).toEqual([]);
  });

  test('each state machine scans the 256 sub prefixes in a Distributed Map of standard child executions, looping the worker until done', () => {
    const machines = template.findResources('AWS::StepFunctions::StateMachine');
    expect(Object.keys(machines)).toHaveLength(2);
    for (const machine of Object.values(machines)) {
      const parts = machine.Properties.DefinitionString['Fn::Join'][1] as unknown[];
      const body = JSON.parse(parts.map((part) => (typeof part === 'string' ? part : 'X')).join(''));
      expect(body.StartAt).toBe('Prepare');
      expect(body.States.Partitions.Result).toEqual([...SCAN_PARTITIONS]);
      const map = body.States.ScanPartitions;
      expect(map.ItemProcessor.ProcessorConfig).toEqual({ Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' });
      // Zero, Step Functions' default, which the template then leaves out.
      expect(map.ToleratedFailurePercentage ?? 0).toBe(0);
      expect(map.MaxConcurrency).toBe(4);
      expect(map.ItemProcessor.States.PartitionDone.Choices[0]).toMatchObject({ Variable: '$.done', BooleanEquals: true });
      expect(map.ItemProcessor.States.PartitionDone.Default).toBe('ScanStep');
      expect(map.ItemProcessor.States.ScanStep.Retry[0].ErrorEquals).toEqual(expect.arrayContaining(['TooManyRequestsException', 'CognitoTransientError']));
      expect(body.States.Aggregate.Parameters.aggregate).toEqual({ 'results.$': '$.results.ResultWriterDetails', 'context.$': '$.run' });
    }
  });

  test('the workers are paced: 4 partitions × one call per 400 ms = 10 ListUsers a second; 4 × one disable per 800 ms = 5 a second', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ LIST_INTERVAL_MS: '400', DISABLE_INTERVAL_MS: '800', ENFORCE: 'false', EXEMPT_GROUPS: 'admins', INACTIVE_DAYS: '90' }) },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ LIST_INTERVAL_MS: '400', RECENT_DAYS: '30', TENANT_ATTRIBUTE: 'custom:tenant_id' }) },
    });
  });

  test('no worker may delete a user; the report-only policy may not even disable one', () => {
    const all = Object.values(template.findResources('AWS::IAM::ManagedPolicy')).map((policy) => JSON.stringify(policy.Properties.PolicyDocument)).join();
    expect(all).not.toContain('AdminDeleteUser');
    expect(policyDocuments(template, 'inactive-user policy worker').join()).not.toContain('AdminDisableUser');
    const enforcing = Template.fromStack(lifecycleStack({}, { enforce: true }).stack);
    const worker = policyDocuments(enforcing, 'inactive-user policy worker').join();
    expect(worker).toContain('cognito-idp:AdminDisableUser');
    expect(worker).toContain('cognito-idp:ListUsersInGroup');
    expect(worker).not.toMatch(/AdminEnableUser|AdminDeleteUser|AdminUpdateUserAttributes/);
  });

  test('the analytics worker publishes metrics as log lines: it has no cloudwatch:PutMetricData permission', () => {
    expect(policyDocuments(template, 'user analytics worker').join()).not.toContain('cloudwatch:');
  });

  test('the schedules start the state machines weekly through EventBridge Scheduler; the topic is encrypted', () => {
    template.resourceCountIs('AWS::Scheduler::Schedule', 2);
    // Each schedule has its own role, allowed to start its own state machine only, through a managed policy.
    template.resourceCountIs('AWS::IAM::Policy', 0);
    const starters = Object.values(template.findResources('AWS::IAM::ManagedPolicy'))
      .filter((policy) => JSON.stringify(policy.Properties.PolicyDocument).includes('states:StartExecution')
        && JSON.stringify(policy.Properties.Description).startsWith('"Lets the schedule'));
    expect(starters).toHaveLength(2);
    expect(starters.map((policy) => policy.Properties.PolicyDocument.Statement)).toEqual(starters.map(() => [expect.objectContaining({
      Action: 'states:StartExecution', Effect: 'Allow', Resource: { Ref: expect.stringMatching(/StateMachine/) },
    })]));
    template.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'cron(0 3 ? * SUN *)', State: 'ENABLED' });
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
  });
});

describe('validation of the options', () => {
  const fails = (build: () => unknown, pattern: RegExp) => expect(build).toThrow(pattern);

  test.each([
    ['listRequestsPerSecond', { listRequestsPerSecond: 31 }, /CE-LIFECYCLE-REQUEST-RATE/],
    ['maxConcurrency', { maxConcurrency: 0 }, /CE-LIFECYCLE-CONCURRENCY/],
    ['inactiveDays', { inactiveDays: 0.5 }, /CE-LIFECYCLE-DAYS/],
    ['reportPrefix', { reportPrefix: 'reports' }, /CE-LIFECYCLE-REPORT-PREFIX/],
  ])('UserAnalytics rejects a bad %s', (_, props, pattern) => fails(() => lifecycleStack(props), pattern));

  test.each([
    ['disableRequestsPerSecond', { disableRequestsPerSecond: 26 }, /CE-INACTIVE-DISABLE-RATE/],
    ['an exempt group the pool does not have', { exemptGroups: ['admin'] }, /CE-INACTIVE-EXEMPT-GROUPS[\s\S]*its groups: admins, support/],
    ['a misspelt key', { enforced: true } as object, /CE-INPUT-SHAPE/],
  ])('InactiveUserPolicy rejects %s', (_, props, pattern) => fails(() => lifecycleStack({}, props), pattern));

  test('more than 90 inactive days and an hourly schedule are warnings, not errors', () => {
    const { stack } = lifecycleStack({}, { inactiveDays: 120, schedule: scheduler.ScheduleExpression.expression('rate(6 hours)') });
    const warnings = Annotations.fromStack(stack).findWarning('*', Match.anyValue()).map((entry) => JSON.stringify(entry.entry.data));
    expect(warnings.join()).toMatch(/CE-INACTIVE-DAYS-PCI/);
    expect(warnings.join()).toMatch(/CE-LIFECYCLE-SCHEDULE/);
  });
});

describe('AuthMonitoring with UserAnalytics', () => {
  test('addUserAnalytics puts the figures of the analytics job on the pool\'s dashboard', () => {
    const { stack, userPool, userAnalytics } = lifecycleStack();
    const monitoring = new AuthMonitoring(stack, 'Monitoring', { userPool });
    monitoring.addUserAnalytics(userAnalytics);
    const [dashboard] = Object.values(Template.fromStack(stack).findResources('AWS::CloudWatch::Dashboard'));
    const body = JSON.stringify(stack.resolve(dashboard.Properties.DashboardBody));
    for (const metric of ['TotalUsers', 'ConfirmedUsers', 'UnconfirmedUsers', 'EnabledUsers', 'DisabledUsers', 'RecentSignUps', 'InactiveUsers', 'ConfirmationRate']) {
      expect(body).toContain(`\\"${metric}\\"`);
    }
    expect(body).toContain('CdkCognitoEnterprise/Users');
    expect(body).toContain('Users (latest analytics run)');
  });

  test('without a sign-in table there is no inactivity figure to show', () => {
    const { stack, userPool } = lifecycleStack();
    const analytics = new UserAnalytics(stack, 'Untracked', { userPool, bucket: s3.Bucket.fromBucketName(stack, 'Reports', 'reports') });
    const monitoring = new AuthMonitoring(stack, 'Monitoring', { userPool });
    monitoring.addUserAnalytics(analytics);
    const [dashboard] = Object.values(Template.fromStack(stack).findResources('AWS::CloudWatch::Dashboard'));
    expect(JSON.stringify(stack.resolve(dashboard.Properties.DashboardBody))).not.toContain('InactiveUsers');
  });
});
