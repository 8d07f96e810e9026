import { Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { importPipelineStack } from './support/import-pipeline-stack';
import { USER_IMPORT_ENV, VERIFICATION_ATTRIBUTES } from '../../lib/private/operations-environment';

/** The state machine's definition, with CloudFormation references rendered as `<LogicalId>` or `<LogicalId.Attribute>`. */
function definition(stack: Stack): Record<string, any> {
  const [machine] = Object.values(Template.fromStack(stack).findResources('AWS::StepFunctions::StateMachine'));
  const parts = machine.Properties.DefinitionString['Fn::Join'][1] as unknown[];
  const reference = (part: { 'Ref'?: string; 'Fn::GetAtt'?: string[] }) => `<${part.Ref ?? part['Fn::GetAtt']?.join('.')}>`;
  return JSON.parse(parts.map((part) => (typeof part === 'string' ? part : reference(part as object))).join(''));
}

const importRows = (stack: Stack) => definition(stack).States.ImportRows;
const ADMIN_ACTIONS = [
  'cognito-idp:AdminCreateUser', 'cognito-idp:AdminEnableUser', 'cognito-idp:AdminDisableUser', 'cognito-idp:AdminDeleteUser',
  'cognito-idp:AdminResetUserPassword', 'cognito-idp:AdminUpdateUserAttributes', 'cognito-idp:AdminGetUser',
  'cognito-idp:CreateGroup', 'cognito-idp:AdminAddUserToGroup',
];

describe('UserImportPipeline state machine', () => {
  test('checks the key is under the input prefix, plans the file, then runs a Distributed Map over the planned batches', () => {
    const { stack } = importPipelineStack();
    const states = definition(stack);
    expect(states.StartAt).toBe('KeyUnderInputPrefix');
    expect(states.States.KeyUnderInputPrefix.Choices[0]).toEqual({
      And: [
        { Variable: '$.key', IsPresent: true },
        { Variable: '$.key', IsString: true },
        { Variable: '$.key', StringMatches: 'imports/*' },
      ],
      Next: 'PlanBatches',
    });
    // The worker writes the file's batches, each user's rows together and in file order, under the report prefix.
    expect(states.States.PlanBatches).toMatchObject({
      Type: 'Task',
      Resource: expect.stringContaining('ImportWorkerFunction'),
      Parameters: {
        plan: { 'bucket': '<ImportBucket64DA19A7>', 'key.$': '$.key', 'planKey.$': "States.Format('reports/plans/{}.jsonl', $$.Execution.Name)" },
      },
      Next: 'ImportRows',
    });
    expect(states.States.PlanBatches.Retry).toEqual(importRows(stack).ItemProcessor.States.ApplyRows.Retry);
    expect(states.States.KeyUnderInputPrefix.Default).toBe('KeyOutsideInputPrefix');
    expect(states.States.KeyOutsideInputPrefix).toMatchObject({ Type: 'Fail', Error: 'KeyOutsideInputPrefix' });
    expect(importRows(stack)).toMatchObject({
      Type: 'Map',
      MaxConcurrency: 5,
      ToleratedFailurePercentage: 5,
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' } },
      ItemReader: {
        ReaderConfig: { InputType: 'JSONL' },
        Parameters: { 'Bucket': expect.stringContaining('ImportBucket'), 'Key.$': '$.planKey' },
      },
      ResultWriter: {
        Parameters: { Bucket: expect.stringContaining('ImportBucket'), Prefix: 'reports/' },
        WriterConfig: { OutputType: 'JSONL', Transformation: 'FLATTEN' },
      },
    });
    expect(importRows(stack)).not.toHaveProperty('ItemBatcher');
  });

  test('retries throttling, transient Cognito and S3 errors and Lambda service errors in one Retry with backoff and full jitter', () => {
    const { stack } = importPipelineStack();
    const task = importRows(stack).ItemProcessor.States.ApplyRows;
    expect(task.Resource).toContain('ImportWorkerFunction');
    expect(task.Retry).toEqual([{
      ErrorEquals: [
        'TooManyRequestsException', 'CognitoTransientError', 'ImportStoreUnavailable',
        'Lambda.TooManyRequestsException', 'Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException',
        'Lambda.ClientExecutionTimeoutException',
      ],
      IntervalSeconds: 2,
      BackoffRate: 2,
      MaxAttempts: 4,
      MaxDelaySeconds: 30,
      JitterStrategy: 'FULL',
    }]);
  });

  test('every attempt of a row, with the delays between them, fits in the 5 minutes of an Express child execution', () => {
    const { stack } = importPipelineStack();
    const [retry] = importRows(stack).ItemProcessor.States.ApplyRows.Retry;
    const [worker] = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function', {
      Properties: { Environment: { Variables: { [USER_IMPORT_ENV.userPoolId]: Match.anyValue() } } },
    }));
    const delayAfter = (n: number) => Math.min(retry.MaxDelaySeconds, retry.IntervalSeconds * retry.BackoffRate ** n);
    const delays = Array.from({ length: retry.MaxAttempts }, (_, n) => delayAfter(n));
    const worstCase = (retry.MaxAttempts + 1) * worker.Properties.Timeout + delays.reduce((sum, delay) => sum + delay, 0);
    expect(worstCase).toBeLessThanOrEqual(300 - 20);
  });

  test('a broken file is not retried', () => {
    const [retry] = importRows(importPipelineStack().stack).ItemProcessor.States.ApplyRows.Retry;
    expect(retry.ErrorEquals).not.toContain('ImportFileMalformed');
    expect(retry.ErrorEquals).not.toContain('States.ALL');
  });

  test('takes concurrency, batching, failure tolerance and prefixes from props', () => {
    const { stack } = importPipelineStack({
      maxConcurrency: 20, maxRequestsPerSecond: 40, maxRowsPerBatch: 25, toleratedFailurePercentage: 0, inputPrefix: 'in/users/', reportPrefix: 'out/',
    });
    expect(importRows(stack)).toMatchObject({ MaxConcurrency: 20, ResultWriter: { Parameters: { Prefix: 'out/' } } });
    // The batches are planned by the worker, not cut by the map.
    expect(importRows(stack)).not.toHaveProperty('ItemBatcher');
    expect(definition(stack).States.PlanBatches.Parameters.plan['planKey.$']).toBe("States.Format('out/plans/{}.jsonl', $$.Execution.Name)");
    expect(definition(stack).States.KeyUnderInputPrefix.Choices[0].And[2].StringMatches).toBe('in/users/*');
    // 20 workers sharing 40 requests a second: each leaves 500 ms between its calls.
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { [USER_IMPORT_ENV.callIntervalMs]: '500', [USER_IMPORT_ENV.maxRowsPerBatch]: '25' } },
    });
  });

  test('logs events to an encrypted log group without execution data, and traces with X-Ray', () => {
    const template = Template.fromStack(importPipelineStack().stack);
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: false },
      TracingConfiguration: { Enabled: true },
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', {
      // Unique to this deployment of the stack, so a retained group never blocks re-creating it.
      LogGroupName: {
        'Fn::Join': ['', [
          Match.stringLikeRegexp('^/aws/vendedlogs/states/.*-$'),
          { 'Fn::Select': [2, { 'Fn::Split': ['/', { Ref: 'AWS::StackId' }] }] },
        ]],
      },
      KmsKeyId: Match.anyValue(),
      RetentionInDays: 365,
    });
  });
});

describe('UserImportPipeline worker', () => {
  test('is configured for its own pool, the allowed attributes and suppressed invitations', () => {
    const { stack } = importPipelineStack({ allowedAttributes: ['email', 'given_name', 'custom:customer_id'] });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: {
          [USER_IMPORT_ENV.userPoolId]: { Ref: Match.stringLikeRegexp('^Pool') },
          [USER_IMPORT_ENV.allowedAttributes]: 'email,given_name,custom:customer_id',
          [USER_IMPORT_ENV.sendInvitations]: 'false',
          // 5 workers sharing 10 requests a second by default.
          [USER_IMPORT_ENV.callIntervalMs]: '500',
        },
      },
      LoggingConfig: { LogFormat: 'JSON' },
      Timeout: 50,
    });
  });

  test('defaults to the standard attributes except the verification flags', () => {
    const { stack } = importPipelineStack({ sendInvitations: true });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { [USER_IMPORT_ENV.allowedAttributes]: Match.stringLikeRegexp('^address,birthdate,email,'), [USER_IMPORT_ENV.sendInvitations]: 'true' } },
    });
    const [worker] = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function', {
      Properties: { Environment: { Variables: { [USER_IMPORT_ENV.allowedAttributes]: Match.anyValue() } } },
    }));
    const allowed = (worker.Properties.Environment.Variables[USER_IMPORT_ENV.allowedAttributes] as string).split(',');
    expect(allowed).toContain('email');
    expect(allowed).toContain('phone_number');
    for (const flag of VERIFICATION_ATTRIBUTES) {
      expect(allowed).not.toContain(flag);
    }
  });

  test('writes the verification flags only when they are listed', () => {
    Template.fromStack(importPipelineStack({ allowedAttributes: ['email', 'email_verified'] }).stack).hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { [USER_IMPORT_ENV.allowedAttributes]: 'email,email_verified' } },
    });
  });
});

describe('UserImportPipeline least privilege', () => {
  test('the worker may call only the Admin APIs it uses, on its own pool', () => {
    const template = Template.fromStack(importPipelineStack().stack);
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([{ Action: ADMIN_ACTIONS, Effect: 'Allow', Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Pool'), 'Arn'] } }]),
      },
      Roles: [{ Ref: Match.stringLikeRegexp('^ImportWorkerRole') }],
    });
  });

  test('the worker may read only the CSV files and write only the plans', () => {
    const template = Template.fromStack(importPipelineStack().stack);
    const objectsUnder = (prefix: string) => ({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^ImportBucket'), 'Arn'] }, `/${prefix}*`]] });
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          { Action: 's3:GetObject', Effect: 'Allow', Resource: objectsUnder('imports/') },
          { Action: 's3:PutObject', Effect: 'Allow', Resource: objectsUnder('reports/plans/') },
          { Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Effect: 'Allow', Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ImportBucketKey'), 'Arn'] } },
        ]),
      },
      Roles: [{ Ref: Match.stringLikeRegexp('^ImportWorkerRole') }],
    });
  });

  test('the state machine may invoke only the worker and touch only objects under its two prefixes', () => {
    const template = Template.fromStack(importPipelineStack().stack);
    const objectsUnder = (prefix: string) => ({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^ImportBucket'), 'Arn'] }, `/${prefix}*`]] });
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          { Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ImportWorkerFunction'), 'Arn'] } },
          { Action: 's3:GetObject', Effect: 'Allow', Resource: objectsUnder('imports/') },
          {
            Action: ['s3:PutObject', 's3:GetObject', 's3:ListMultipartUploadParts', 's3:AbortMultipartUpload'],
            Effect: 'Allow',
            Resource: objectsUnder('reports/'),
          },
          { Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Effect: 'Allow', Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ImportBucketKey'), 'Arn'] } },
        ]),
      },
      Roles: [{ Ref: Match.stringLikeRegexp('^ImportStateMachineRole') }],
    });
  });

  test('the only wildcard resources are the actions that take none', () => {
    const template = Template.fromStack(importPipelineStack().stack);
    const statements = Object.values(template.findResources('AWS::IAM::ManagedPolicy'))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Array<{ Action: string | string[]; Resource: unknown }>);
    const wildcardActions = statements.filter((statement) => statement.Resource === '*').flatMap((statement) => [statement.Action].flat());
    expect(wildcardActions.every((action) => action.startsWith('logs:') || action.startsWith('xray:'))).toBe(true);
    expect(wildcardActions.filter((action) => action.startsWith('logs:'))).not.toContain('logs:PutLogEvents');
  });

  test('no inline policies: every statement is in a customer-managed policy', () => {
    const template = Template.fromStack(importPipelineStack().stack);
    template.resourceCountIs('AWS::IAM::Policy', 0);
    template.resourceCountIs('AWS::IAM::ManagedPolicy', 3);
  });

  test('the state machine may start and redrive only its own child executions, and waits for its run policy', () => {
    const template = Template.fromStack(importPipelineStack().stack);
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([{ Action: 'states:StartExecution', Effect: 'Allow', Resource: { Ref: Match.stringLikeRegexp('^ImportStateMachine') } }]),
      },
    });
    template.hasResource('AWS::StepFunctions::StateMachine', { DependsOn: Match.arrayWith([Match.stringLikeRegexp('^ImportStateMachineRunPolicy')]) });
  });
});

describe('UserImportPipeline bucket', () => {
  test('is KMS-encrypted, SSL-only, private, versioned and retained', () => {
    const template = Template.fromStack(importPipelineStack().stack);
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ BucketKeyEnabled: true, ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }] },
        VersioningConfiguration: { Status: 'Enabled' },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
    template.hasResource('AWS::KMS::Key', { DeletionPolicy: 'Retain', Properties: { EnableKeyRotation: true } });
  });

  test('expires the CSV files after 30 days and the reports after 90, as they name users', () => {
    Template.fromStack(importPipelineStack().stack).hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: [
          { NoncurrentVersionExpiration: { NoncurrentDays: 30 }, Status: 'Enabled' },
          { Id: 'ExpireImportFiles', Prefix: 'imports/', ExpirationInDays: 30, Status: 'Enabled' },
          { Id: 'ExpireReports', Prefix: 'reports/', ExpirationInDays: 90, Status: 'Enabled' },
        ],
      },
    });
  });

  test('takes the retention periods and prefixes from props', () => {
    const { stack } = importPipelineStack({
      inputPrefix: 'in/', reportPrefix: 'out/', inputRetention: Duration.days(7), reportRetention: Duration.days(365),
    });
    Template.fromStack(stack).hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          { Id: 'ExpireImportFiles', Prefix: 'in/', ExpirationInDays: 7, Status: 'Enabled' },
          { Id: 'ExpireReports', Prefix: 'out/', ExpirationInDays: 365, Status: 'Enabled' },
        ]),
      },
    });
  });

  test('sends server access logs to the given bucket', () => {
    const { stack } = importPipelineStack((scope) => ({ accessLogsBucket: new s3.Bucket(scope, 'AccessLogs') }));
    Template.fromStack(stack).hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: { DestinationBucketName: { Ref: Match.stringLikeRegexp('^AccessLogs') }, LogFilePrefix: 'user-import/' },
    });
  });

  test('uses a bucket the user brings, with access still limited to the prefixes', () => {
    let own: s3.IBucket | undefined;
    const { stack, pipeline } = importPipelineStack((scope) => ({ bucket: own = s3.Bucket.fromBucketName(scope, 'Own', 'my-import-bucket') }));
    expect(pipeline.bucket).toBe(own);
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::S3::Bucket', 0);
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([{
          Action: 's3:GetObject', Effect: 'Allow', Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::my-import-bucket/imports/*']] },
        }]),
      },
    });
  });
});
