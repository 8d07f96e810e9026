import { Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { USER_IMPORT_DEFAULTS } from './defaults';
import { UserImportWorkerFunction } from './functions/user-import-worker-function';
import { USER_IMPORT_ENV } from '../private/operations-environment';

/** What the worker needs to know. */
export interface ImportWorkerProps {
  readonly userPool: cognito.IUserPool;
  readonly allowedAttributes: readonly string[];
  readonly sendInvitations: boolean;
  readonly callIntervalMs: number;
  readonly logEncryptionKey: kms.IKey;
}

// Exactly the Admin APIs the worker calls, one per CSV action.
const WORKER_ACTIONS = [
  'cognito-idp:AdminCreateUser', 'cognito-idp:AdminEnableUser', 'cognito-idp:AdminDisableUser', 'cognito-idp:AdminDeleteUser',
  'cognito-idp:AdminResetUserPassword', 'cognito-idp:AdminUpdateUserAttributes',
];

/**
 * The bundled worker that applies CSV rows to one pool, with its own role, a customer-managed
 * policy naming the pool and its log group, an encrypted log group and native JSON logs.
 */
export class ImportWorker extends Construct {
  public readonly function: lambda.Function;

  constructor(scope: Construct, id: string, props: ImportWorkerProps) {
    super(scope, id);
    const description = `user-import worker of ${props.userPool.node.path}`;
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of the ${description}`,
    });
    const logGroup = new logs.LogGroup(this, 'Logs', {
      retention: USER_IMPORT_DEFAULTS.logRetention,
      encryptionKey: props.logEncryptionKey,
    });
    this.function = new UserImportWorkerFunction(this, 'Function', {
      description: `Applies user-import CSV rows to ${props.userPool.node.path}`,
      role,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      timeout: USER_IMPORT_DEFAULTS.workerTimeout,
      memorySize: USER_IMPORT_DEFAULTS.workerMemorySize,
      environment: {
        [USER_IMPORT_ENV.userPoolId]: props.userPool.userPoolId,
        [USER_IMPORT_ENV.allowedAttributes]: props.allowedAttributes.join(','),
        [USER_IMPORT_ENV.sendInvitations]: String(props.sendInvitations),
        [USER_IMPORT_ENV.callIntervalMs]: String(props.callIntervalMs),
      },
    });
    new iam.ManagedPolicy(this, 'Policy', {
      description: `Least-privilege policy of the ${description}`,
      roles: [role],
      statements: [
        new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }),
        new iam.PolicyStatement({ actions: WORKER_ACTIONS, resources: [props.userPool.userPoolArn] }),
      ],
    });
    acknowledgeWorkerFindings(this);
  }
}

function acknowledgeWorkerFindings(worker: Construct): void {
  const validations = Validations.of(worker);
  const dlq = 'Step Functions invokes the worker synchronously, retries it and records every failed invocation in the map run and its report; '
    + 'a dead-letter queue only applies to asynchronous invocation.';
  const concurrency = "The state machine's MaxConcurrency bounds how many workers run at once; reserving concurrency as well "
    + 'would fail at deploy in accounts whose concurrency quota is 10.';
  for (const pack of ['HIPAA.Security', 'NIST.800.53.R5']) {
    validations.acknowledge({ id: `${pack}-LambdaDLQ`, reason: dlq });
    validations.acknowledge({ id: `${pack}-LambdaConcurrency`, reason: concurrency });
  }
  const vpc = 'The worker calls only the Cognito API over TLS and keeps no network state.';
  for (const pack of ['HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321']) {
    validations.acknowledge({ id: `${pack}-LambdaInsideVPC`, reason: vpc });
  }
}
