import { Fn, Token } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { USER_IMPORT_DEFAULTS } from './defaults';
import { UserImportWorkerFunction } from './functions/user-import-worker-function';
import { acknowledgeWildcardResources } from './private-acknowledge-wildcards';
import { backupReadStatements } from './private-import-s3-access';
import { HardenedFunction, InapplicableFindingReasons } from '../private/hardened-function';
import { USER_IMPORT_ENV } from '../private/operations-environment';

/** What the worker needs to know. */
export interface ImportWorkerProps {
  readonly userPool: cognito.IUserPool;
  readonly allowedAttributes: readonly string[];
  readonly sendInvitations: boolean;
  readonly callIntervalMs: number;
  readonly maxRowsPerBatch: number;
  readonly bucket: s3.IBucket;
  readonly inputPrefix: string;
  /** Where the worker writes the plan of a file: under the report prefix, which the map reads. */
  readonly planPrefix: string;
  readonly logEncryptionKey: kms.IKey;
  /** Where a restore reads the backup run's manifest and groups. */
  readonly backupBucket: s3.IBucket;
  readonly backupPrefix: string;
  /** The custom attribute a restore keeps the old `sub` in. */
  readonly previousSubAttribute?: string;
}

// Exactly the APIs the worker calls: one per CSV action, AdminGetUser to read a user back when an answer was lost, and for a
// restore CreateGroup (missing groups, never with a role, so no iam:PassRole) and AdminAddUserToGroup (memberships).
const WORKER_ACTIONS = [
  'cognito-idp:AdminCreateUser', 'cognito-idp:AdminEnableUser', 'cognito-idp:AdminDisableUser', 'cognito-idp:AdminDeleteUser',
  'cognito-idp:AdminResetUserPassword', 'cognito-idp:AdminUpdateUserAttributes', 'cognito-idp:AdminGetUser',
  'cognito-idp:CreateGroup', 'cognito-idp:AdminAddUserToGroup',
];

const WORKER_FINDING_REASONS: InapplicableFindingReasons = {
  deadLetterQueue: 'Step Functions invokes the worker synchronously, retries it and records every failed invocation in the map run and its report; '
    + 'a dead-letter queue only applies to asynchronous invocation.',
  outsideVpc: 'The worker calls only the Cognito API over TLS and keeps no network state.',
  unreservedConcurrency: "The state machine's MaxConcurrency bounds how many workers run at once; reserving concurrency as well "
    + 'would fail at deploy in accounts whose concurrency quota is 10.',
};

/** The bundled worker that applies CSV rows to one pool, hardened like every bundled function. */
export function createImportWorker(scope: Construct, id: string, props: ImportWorkerProps): lambda.Function {
  const statements = [
    new iam.PolicyStatement({ actions: WORKER_ACTIONS, resources: [props.userPool.userPoolArn] }),
    // Planning reads the CSV file and writes its batches for the map to read.
    new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [props.bucket.arnForObjects(`${props.inputPrefix}*`)] }),
    new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: [props.bucket.arnForObjects(`${props.planPrefix}*`)] }),
    ...backupReadStatements(props.backupBucket, props.backupPrefix),
  ];
  if (props.bucket.encryptionKey) {
    statements.push(new iam.PolicyStatement({ actions: ['kms:Decrypt', 'kms:GenerateDataKey'], resources: [props.bucket.encryptionKey.keyArn] }));
  }
  const worker = new HardenedFunction(scope, id, {
    functionClass: UserImportWorkerFunction,
    description: `user-import worker of ${props.userPool.node.path}`,
    functionDescription: `Applies user-import CSV rows to ${props.userPool.node.path}`,
    kind: 'worker',
    environment: {
      [USER_IMPORT_ENV.userPoolId]: props.userPool.userPoolId,
      // A list token (a CommaDelimitedList parameter) can only be joined by CloudFormation.
      [USER_IMPORT_ENV.allowedAttributes]: Token.isUnresolved(props.allowedAttributes)
        ? Fn.join(',', [...props.allowedAttributes]) : props.allowedAttributes.join(','),
      [USER_IMPORT_ENV.sendInvitations]: String(props.sendInvitations),
      [USER_IMPORT_ENV.callIntervalMs]: String(props.callIntervalMs),
      [USER_IMPORT_ENV.maxRowsPerBatch]: String(props.maxRowsPerBatch),
      ...(props.previousSubAttribute && { [USER_IMPORT_ENV.previousSubAttribute]: props.previousSubAttribute }),
    },
    statements,
    settings: {
      timeout: USER_IMPORT_DEFAULTS.workerTimeout,
      memorySize: USER_IMPORT_DEFAULTS.workerMemorySize,
      logRetention: USER_IMPORT_DEFAULTS.logRetention,
    },
    logEncryptionKey: props.logEncryptionKey,
    findingReasons: WORKER_FINDING_REASONS,
  });
  acknowledgeWildcardResources(worker.policy, `The wildcards name only the objects under ${props.inputPrefix} (the file is chosen per execution), `
    + `${props.backupPrefix} (the backup run is chosen per execution) and ${props.planPrefix} (one plan per execution).`);
  return worker.function;
}
