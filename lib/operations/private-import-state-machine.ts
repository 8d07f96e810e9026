import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { USER_IMPORT_DEFAULTS } from './defaults';
import { backupReadStatements, planReader, prefixScopedS3Statements, reportWriter } from './private-import-s3-access';
import { createMapStateMachine, observabilityStatements } from './private-map-state-machine';
import { restoreStates } from './private-restore-states';
import { USER_IMPORT_ERRORS } from '../private/operations-environment';

/** The resolved settings of the import state machine. */
export interface ImportStateMachineProps {
  readonly bucket: s3.IBucket;
  readonly worker: lambda.IFunction;
  readonly inputPrefix: string;
  readonly reportPrefix: string;
  readonly planPrefix: string;
  readonly maxConcurrency: number;
  readonly maxRowsPerBatch: number;
  readonly toleratedFailurePercentage: number;
  readonly logEncryptionKey: kms.IKey;
  /** Where backup runs are restored from. */
  readonly backupBucket: s3.IBucket;
  readonly backupPrefix: string;
}

/**
 * Errors after which a row (or batch) is tried again: Cognito's throttling and transient failures
 * and a plan step's transient S3 failures (from the worker), and Lambda's own. One Retry covers
 * them all, so that the attempts of a child execution stay within its 5 minutes whatever the mix.
 * `ImportFileMalformed` is not among them.
 */
export const RETRIED_ERRORS = [
  USER_IMPORT_ERRORS.throttled, USER_IMPORT_ERRORS.transient, USER_IMPORT_ERRORS.storeUnavailable,
  'Lambda.TooManyRequestsException', 'Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException',
  'Lambda.ClientExecutionTimeoutException',
];

/**
 * The Distributed Map that reads one CSV file and applies its rows through the worker, with a
 * role whose customer-managed policies name the worker, the two bucket prefixes and the state
 * machine's own child executions.
 */
export class ImportStateMachine extends Construct {
  public readonly stateMachine: sfn.StateMachine;

  constructor(scope: Construct, id: string, props: ImportStateMachineProps) {
    super(scope, id);
    this.stateMachine = createMapStateMachine(this, {
      jobName: 'user-import',
      definition: () => this.definition(props),
      runPolicyPurpose: 'read its CSV files, write its reports, invoke its worker and log',
      runStatements: [
        new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [props.worker.functionArn] }),
        ...prefixScopedS3Statements(props.bucket, props.inputPrefix, props.reportPrefix),
        ...backupReadStatements(props.backupBucket, props.backupPrefix),
        ...observabilityStatements(),
      ],
      runWildcardReason: `The wildcards are as narrow as the services allow: objects under ${props.inputPrefix} (the file is `
        + `chosen per execution), ${props.backupPrefix} (the backup run is chosen per execution) and ${props.reportPrefix} (Step Functions names `
        + 'a folder per map run), and the CloudWatch Logs delivery and X-Ray '
        + 'actions, which take no resource ARN.',
      logRetention: USER_IMPORT_DEFAULTS.logRetention,
      logEncryptionKey: props.logEncryptionKey,
    });
  }

  private definition(props: ImportStateMachineProps): sfn.IChainable {
    // The Lambda service errors are in RETRIED_ERRORS: a second, default Retry would add attempts of its own.
    const retry = { errors: RETRIED_ERRORS, jitterStrategy: sfn.JitterType.FULL, ...USER_IMPORT_DEFAULTS.retry };
    // Concurrent batches must never share a user, or one user's rows could be applied out of file order:
    // the worker first writes the file's batches with each user's rows together, in file order.
    const planBatches = new tasks.LambdaInvoke(this, 'PlanBatches', {
      lambdaFunction: props.worker,
      payload: sfn.TaskInput.fromObject({
        plan: {
          bucket: props.bucket.bucketName,
          key: sfn.JsonPath.stringAt('$.key'),
          planKey: sfn.JsonPath.format(`${props.planPrefix}{}.jsonl`, sfn.JsonPath.executionName),
        },
      }),
      payloadResponseOnly: true,
      retryOnServiceExceptions: false,
    });
    planBatches.addRetry(retry);
    const applyRows = new tasks.LambdaInvoke(this, 'ApplyRows', { lambdaFunction: props.worker, payloadResponseOnly: true, retryOnServiceExceptions: false });
    applyRows.addRetry(retry);
    const importRows = new sfn.DistributedMap(this, 'ImportRows', {
      // Each item is one planned batch ({"Items": [...]}), already within Step Functions' 256 KiB per child.
      itemReader: planReader(props.bucket),
      resultWriterV2: reportWriter(props.bucket, props.reportPrefix),
      maxConcurrency: props.maxConcurrency,
      toleratedFailurePercentage: props.toleratedFailurePercentage,
      // Each batch is a short call: express child executions cost far less than standard ones.
      mapExecutionType: sfn.StateMachineType.EXPRESS,
    }).itemProcessor(applyRows);
    const key = '$.key';
    const restore = '$.restore';
    const under = (path: string, pattern: string) => sfn.Condition.and(
      sfn.Condition.isPresent(path), sfn.Condition.isString(path), sfn.Condition.stringMatches(path, pattern));
    return new sfn.Choice(this, 'KeyUnderInputPrefix')
      .when(under(key, `${props.inputPrefix}*`), planBatches.next(importRows))
      .when(under(restore, `${props.backupPrefix}*/`), restoreStates(this, {
        ...props,
        retry,
      }))
      .otherwise(new sfn.Fail(this, 'KeyOutsideInputPrefix', {
        error: 'KeyOutsideInputPrefix',
        cause: `The execution input must be {"key": "<object key>"} naming a CSV file under ${props.inputPrefix}, `
          + `or {"restore": "<run folder>/"} naming a backup run under ${props.backupPrefix}`,
      }));
  }
}

