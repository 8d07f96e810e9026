import { Duration } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks, PCIDSS321Checks } from 'cdk-nag';
import { UserPoolBackupProps } from '../../../lib/operations';
import { USER_POOL_BACKUP_RULES } from '../../../lib/operations/rules/backup-rules';
import { SCAN_PARTITIONS } from '../../../lib/private/scan-environment';
import { backupStack } from '../support/backup-stack';

function findings(stack: ReturnType<typeof backupStack>['stack']): string[] {
  return [new AwsSolutionsChecks(), new HIPAASecurityChecks(), new NIST80053R5Checks(), new PCIDSS321Checks()]
    .flatMap((pack) => pack.validateScope(stack).violations)
    .filter((violation) => violation.severity === undefined || /error/i.test(violation.severity))
    .flatMap((violation) => violation.violatingResources.map((resource) => `${violation.ruleName} ${resource.constructPath}`))
    .filter((finding) => /Stack\/(Backup|Restore)\//.test(finding));
}

const definitionOf = (machine: any) => {
  const parts = machine.Properties.DefinitionString['Fn::Join'][1] as unknown[];
  return JSON.parse(parts.map((part) => (typeof part === 'string' ? part : 'X')).join(''));
};

describe('UserPoolBackup', () => {
  const { stack, backup } = backupStack();
  const template = Template.fromStack(stack);

  test('the template on its defaults', () => {
    const backupOnly = Template.fromStack(backupStack().stack).toJSON();
    const resources = Object.fromEntries(Object.entries(backupOnly.Resources as Record<string, unknown>).filter(([id]) => id.startsWith('Backup')));
    expect(resources).toMatchSnapshot();
  });

  test('the four AWS nag packs report no errors on the backup and on the restore pipeline', () => {
    expect(findings(stack)).toEqual([]);
  });

  test('the bucket is KMS-encrypted with its own key, versioned, SSL-only, access-logged, retained, and expires runs after 35 days', () => {
    const [id] = Object.entries(template.findResources('AWS::S3::Bucket', {
      Properties: { BucketEncryption: { ServerSideEncryptionConfiguration: [Match.objectLike({ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: Match.anyValue() } })] } },
    })).find(([logicalId]) => logicalId.startsWith('Backup'))!;
    const bucket = template.toJSON().Resources[id];
    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket.Properties.LoggingConfiguration).toMatchObject({ LogFilePrefix: 'user-pool-backup/' });
    expect(bucket.Properties.LifecycleConfiguration.Rules).toEqual(expect.arrayContaining([
      expect.objectContaining({ Prefix: 'backups/', ExpirationInDays: 35, Status: 'Enabled' }),
      expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 30 } }),
    ]));
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: id },
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
    expect(backup.backupPrefix).toBe('backups/');
  });

  test('a daily EventBridge Scheduler schedule starts the scan over the 256 sub prefixes', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'cron(0 2 * * ? *)', State: 'ENABLED' });
    const [machine] = Object.entries(template.findResources('AWS::StepFunctions::StateMachine')).filter(([id]) => id.startsWith('Backup')).map(([, m]) => m);
    const body = definitionOf(machine);
    expect(body.States.Partitions.Result).toEqual([...SCAN_PARTITIONS]);
    expect(body.States.ScanPartitions.ItemProcessor.ProcessorConfig).toEqual({ Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' });
  });

  test('the worker only reads the pool (ListUsers, ListGroups, ListUsersInGroup) and writes under the backup prefix', () => {
    const policies = Object.values(template.findResources('AWS::IAM::ManagedPolicy'))
      .filter((policy) => JSON.stringify(policy.Properties.Description).includes('user-pool backup worker'))
      .map((policy) => JSON.stringify(policy.Properties.PolicyDocument));
    expect(policies).toHaveLength(1);
    const actions = [...policies[0].matchAll(/"cognito-idp:(\w+)"/g)].map((match) => match[1]).sort();
    expect(actions).toEqual(['ListGroups', 'ListUsers', 'ListUsersInGroup']);
    expect(policies[0]).toContain('/backups/*');
    expect(policies[0]).not.toMatch(/Admin\w+|s3:DeleteObject/);
  });

  test('the restore pipeline may read only the backup prefix of the backup bucket, create groups without roles and add members', () => {
    const worker = Object.values(template.findResources('AWS::IAM::ManagedPolicy'))
      .filter((policy) => JSON.stringify(policy.Properties.Description).includes('user-import worker of Stack/RestoredPool'))
      .map((policy) => JSON.stringify(policy.Properties.PolicyDocument)).join();
    expect(worker).toContain('cognito-idp:CreateGroup');
    expect(worker).toContain('cognito-idp:AdminAddUserToGroup');
    expect(worker).not.toContain('iam:PassRole');
    expect(worker).toMatch(/Backup\w*Bucket\w*","Arn"\]\},"\/backups\/\*"/);
    const [machine] = Object.entries(template.findResources('AWS::StepFunctions::StateMachine')).filter(([id]) => id.startsWith('Restore')).map(([, m]) => m);
    const body = definitionOf(machine);
    expect(body.States.KeyUnderInputPrefix.Choices[1].And[2]).toEqual({ Variable: '$.restore', StringMatches: 'backups/*/' });
    expect(body.States.PlanRestore.Next).toBe('RestoreUsers');
    expect(body.States.RestoreUsers.Next).toBe('RestoreMemberships');
    const users = body.States.RestoreUsers;
    expect(users.MaxConcurrency).toBe(1);
    expect(users.ItemProcessor.ProcessorConfig).toEqual({ Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' });
    const file = users.ItemProcessor.States.RestoreUsersFile;
    expect(file.ItemReader.ReaderConfig).toEqual({ InputType: 'JSONL' });
    expect(file.ItemBatcher).toMatchObject({ MaxItemsPerBatch: 10, BatchInput: { restore: 'users' } });
    expect(file.MaxConcurrency).toBe(2);
    expect(file.ItemProcessor.ProcessorConfig).toEqual({ Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' });
    template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ PREVIOUS_SUB_ATTRIBUTE: 'custom:previous_sub' }) } });
  });

  test('schedule, prefix and retention can be chosen; the nag packs stay at zero', () => {
    const { stack: custom } = backupStack({
      schedule: scheduler.ScheduleExpression.expression('cron(0 4 * * ? *)'),
      backupPrefix: 'pool-backups/',
      retention: Duration.days(90),
      maxConcurrency: 8,
      listRequestsPerSecond: 20,
      tags: { CostCenter: 'identity' },
    });
    const customTemplate = Template.fromStack(custom);
    customTemplate.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'cron(0 4 * * ? *)' });
    customTemplate.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ Prefix: 'pool-backups/', ExpirationInDays: 90 })]) },
      Tags: Match.arrayWith([{ Key: 'CostCenter', Value: 'identity' }]),
    });
    customTemplate.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ LIST_INTERVAL_MS: '400' }) } });
    expect(findings(custom)).toEqual([]);
    expect(Annotations.fromStack(custom).findError('*', Match.anyValue())).toEqual([]);
  });
});

/** Each case breaks one rule; the error names the rule, the construct path, the prop and the value. */
const BROKEN: Array<[string, Partial<UserPoolBackupProps>, RegExp]> = [
  ['CE-BACKUP-PREFIX', { backupPrefix: 'backups' }, /backupPrefix is "backups" — backupPrefix must be a folder/],
  ['CE-BACKUP-PREFIX', { backupPrefix: '/backups/' }, /backupPrefix is "\/backups\/"/],
  ['CE-BACKUP-PREFIX', { backupPrefix: 'backups/*/' }, /backupPrefix is "backups\/\*\/"/],
  ['CE-BACKUP-RETENTION', { retention: Duration.hours(36) }, /retention is .* — retention must be whole days between 1 and 3650/],
  ['CE-BACKUP-RETENTION', { retention: Duration.days(3651) }, /retention is /],
];

describe('UserPoolBackup synth-time rules', () => {
  test.each(BROKEN)('%s: %j', (id, props, message) => {
    expect(() => backupStack(props)).toThrow(new RegExp(`\\[${id}\\] Stack/Backup: ${message.source}`));
  });

  test('every backup rule has a failing case; the scan rules apply too', () => {
    expect(new Set(BROKEN.map(([id]) => id))).toEqual(new Set(USER_POOL_BACKUP_RULES.map((rule) => rule.id)));
    expect(() => backupStack({ listRequestsPerSecond: 31 })).toThrow(/\[CE-LIFECYCLE-REQUEST-RATE\] Stack\/Backup: listRequestsPerSecond is 31/);
  });

  test('a misspelt key fails with the rules instead of being dropped', () => {
    expect(() => backupStack({ backup_prefix: 'x/' } as Partial<UserPoolBackupProps>))
      .toThrow(/\[CE-INPUT-SHAPE\] Stack\/Backup: backup_prefix is "x\/" — is not a setting of UserPoolBackupProps: did you mean backupPrefix\?/);
  });
});
