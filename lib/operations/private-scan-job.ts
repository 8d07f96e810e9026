import { Duration, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { LIFECYCLE_DEFAULTS } from './lifecycle-defaults';
import { acknowledgeWildcardResources } from './private-acknowledge-wildcards';
import { PartitionScan } from './private-partition-scan';
import { createReportBucket } from './private-report-bucket';
import { callIntervalMs } from './private-worker-pacing';
import { ScanJobOptions } from './scan-job-options';
import { BundledFunctionClass, HardenedFunction } from '../private/hardened-function';
import { createLogsEncryptionKey } from '../private/logs-encryption-key';
import { SCAN_ENV } from '../private/scan-environment';

/** The options every scan job shares, resolved. */
export interface ScanJobProps {
  readonly jobName: string;
  readonly functionClass: BundledFunctionClass;
  readonly userPool: cognito.IUserPool;
  /** Job-specific environment of the worker. */
  readonly environment: Record<string, string>;
  /** Job-specific permissions of the worker (ListUsers, the reports and map results are added here). */
  readonly statements: iam.PolicyStatement[];
  readonly schedule: scheduler.ScheduleExpression;
  readonly maxConcurrency: number;
  readonly listRequestsPerSecond: number;
  readonly bucket?: s3.IBucket;
  readonly serverAccessLogs: boolean;
  readonly accessLogsBucket?: s3.IBucket;
  readonly reportPrefix: string;
  readonly reportRetention: Duration;
  readonly logEncryptionKey?: kms.IKey;
}

/** The scan options a job's props share, with the lifecycle defaults filled in. */
export function resolveScanJobOptions(options: ScanJobOptions): Omit<ScanJobProps, 'jobName' | 'functionClass' | 'userPool' | 'environment' | 'statements'> {
  return {
    schedule: options.schedule ?? scheduler.ScheduleExpression.expression(LIFECYCLE_DEFAULTS.schedule),
    maxConcurrency: options.maxConcurrency ?? LIFECYCLE_DEFAULTS.maxConcurrency,
    listRequestsPerSecond: options.listRequestsPerSecond ?? LIFECYCLE_DEFAULTS.listRequestsPerSecond,
    bucket: options.bucket,
    serverAccessLogs: options.serverAccessLogs ?? true,
    accessLogsBucket: options.accessLogsBucket,
    reportPrefix: options.reportPrefix ?? LIFECYCLE_DEFAULTS.reportPrefix,
    reportRetention: options.reportRetention ?? LIFECYCLE_DEFAULTS.reportRetention,
    logEncryptionKey: options.logEncryptionKey,
  };
}

/** What a scan job is made of; every part is exposed by the public construct. */
export interface ScanJobParts {
  readonly bucket: s3.IBucket;
  readonly accessLogsBucket?: s3.IBucket;
  readonly logEncryptionKey: kms.IKey;
  readonly workerFunction: lambda.Function;
  readonly stateMachine: sfn.StateMachine;
  readonly schedule: scheduler.Schedule;
}

/**
 * Builds a job on the partitioned scan: its report bucket (unless given), log key, hardened worker
 * (ListUsers on the pool, objects under the report prefix), the scan state machine and the
 * EventBridge Scheduler schedule that starts it.
 */
export function createScanJob(scope: Construct, props: ScanJobProps): ScanJobParts {
  const poolPath = props.userPool.node.path;
  const buckets = props.bucket ? { bucket: props.bucket, accessLogsBucket: undefined } : createReportBucket(scope, {
    description: `Encrypts the ${props.jobName} reports of ${poolPath}`,
    serverAccessLogs: props.serverAccessLogs,
    accessLogsBucket: props.accessLogsBucket,
    accessLogRetention: LIFECYCLE_DEFAULTS.accessLogRetention,
    reportPrefix: props.reportPrefix,
    reportRetention: props.reportRetention,
    accessLogsPrefix: `${props.jobName.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}/`,
  });
  const logEncryptionKey = props.logEncryptionKey
    ?? createLogsEncryptionKey(scope, 'LogEncryptionKey', `Encrypts the ${props.jobName} log groups of ${poolPath}`);
  const reportObjects = buckets.bucket.arnForObjects(`${props.reportPrefix}*`);
  const statements = [
    new iam.PolicyStatement({ actions: ['cognito-idp:ListUsers'], resources: [props.userPool.userPoolArn] }),
    // The worker writes its reports and reads the map results Step Functions wrote, all under the report prefix.
    new iam.PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject'], resources: [reportObjects] }),
    ...props.statements,
  ];
  if (buckets.bucket.encryptionKey) {
    statements.push(new iam.PolicyStatement({ actions: ['kms:Decrypt', 'kms:GenerateDataKey'], resources: [buckets.bucket.encryptionKey.keyArn] }));
  }
  const worker = new HardenedFunction(scope, 'Worker', {
    functionClass: props.functionClass,
    description: `${props.jobName} worker of ${poolPath}`,
    kind: 'worker',
    environment: {
      [SCAN_ENV.userPoolId]: props.userPool.userPoolId,
      [SCAN_ENV.listIntervalMs]: String(callIntervalMs(props.maxConcurrency, props.listRequestsPerSecond)),
      [SCAN_ENV.reportBucket]: buckets.bucket.bucketName,
      [SCAN_ENV.reportPrefix]: props.reportPrefix,
      ...props.environment,
    },
    statements,
    settings: {
      timeout: LIFECYCLE_DEFAULTS.workerTimeout,
      memorySize: LIFECYCLE_DEFAULTS.workerMemorySize,
      logRetention: LIFECYCLE_DEFAULTS.logRetention,
    },
    logEncryptionKey,
    findingReasons: {
      deadLetterQueue: 'Step Functions invokes the worker synchronously, retries it and records every failed invocation in the map run; '
        + 'a dead-letter queue only applies to asynchronous invocation.',
      outsideVpc: 'The worker calls only AWS APIs (Cognito, S3, DynamoDB, SNS) over TLS and keeps no network state.',
      unreservedConcurrency: "The state machine's MaxConcurrency bounds how many workers run at once; reserving concurrency as well "
        + 'would fail at deploy in accounts whose concurrency quota is 10.',
    },
  });
  acknowledgeWildcardResources(worker.policy, `The wildcard names only the objects under ${props.reportPrefix} (one folder per run).`);
  const stateMachine = new PartitionScan(scope, 'StateMachine', {
    jobName: props.jobName,
    worker: worker.function,
    bucket: buckets.bucket,
    resultPrefix: `${props.reportPrefix}${LIFECYCLE_DEFAULTS.mapResultsFolder}`,
    maxConcurrency: props.maxConcurrency,
    logEncryptionKey,
  }).stateMachine;
  // The target's default role would be shared by the stack's schedules and carry an inline policy (IAMNoInlinePolicy).
  const scheduleRole = new iam.Role(scope, 'ScheduleRole', {
    assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(scope).account } } }),
    description: `Role of the schedule that starts the ${props.jobName} of ${poolPath}`,
  });
  const schedulePolicy = new iam.ManagedPolicy(scope, 'SchedulePolicy', {
    description: `Lets the schedule of the ${props.jobName} of ${poolPath} start its state machine`,
    roles: [scheduleRole],
    statements: [new iam.PolicyStatement({ actions: ['states:StartExecution'], resources: [stateMachine.stateMachineArn] })],
  });
  const schedule = new scheduler.Schedule(scope, 'Schedule', {
    schedule: props.schedule,
    description: `Starts the ${props.jobName} of ${poolPath}`,
    target: new targets.StepFunctionsStartExecution(stateMachine, {
      input: scheduler.ScheduleTargetInput.fromObject({}), role: scheduleRole.withoutPolicyUpdates(),
    }),
  });
  schedule.node.addDependency(schedulePolicy);
  return { ...buckets, logEncryptionKey, workerFunction: worker.function, stateMachine, schedule };
}
