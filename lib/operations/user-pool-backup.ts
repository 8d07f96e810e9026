import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { USER_POOL_BACKUP_DEFAULTS } from './backup-defaults';
import { UserPoolBackupFunction } from './functions/user-pool-backup-function';
import { USER_POOL_BACKUP_SHAPE } from './input-shapes';
import { createScanJob, resolveScanJobOptions } from './private-scan-job';
import { USER_POOL_BACKUP_RULES } from './rules/backup-rules';
import { LIFECYCLE_RULES } from './rules/lifecycle-rules';
import { UserPoolBackupProps } from './user-pool-backup-props';
import { tagResources } from '../private/resource-tags';
import { ViolationCollector } from '../private/validation/enforce-rules';
import { checkInputShape } from '../private/validation/input-shape';

/**
 * A scheduled point-in-time export of every user of a pool — attributes, status, enabled flag,
 * group memberships — and its groups, to `<backupPrefix><runId>/` in an encrypted, versioned
 * bucket whose runs expire after `retention`. Cognito has no backup of its own. The export holds
 * no secret: Cognito's API never returns passwords, MFA secrets or devices. A run is complete when
 * its `manifest.json` exists (written last); UserImportPipeline restores it into a new or
 * recreated pool with the execution input `{"restore": "<backupPrefix><runId>/"}`.
 *
 * It reads the pool through the shared partitioned scan, paced under the UserList quota, and
 * never changes a user.
 */
export class UserPoolBackup extends Construct {
  /** The bucket holding the backups. */
  public readonly bucket: s3.IBucket;
  /** The bucket receiving the backup bucket's server access logs, when this construct created it. */
  public readonly accessLogsBucket?: s3.IBucket;
  /** The folder of the runs, `<backupPrefix><runId>/`. */
  public readonly backupPrefix: string;
  /** The state machine of one run. */
  public readonly stateMachine: sfn.StateMachine;
  /** The worker that reads the pool and writes the files. */
  public readonly workerFunction: lambda.IFunction;
  /** The schedule that starts each run. */
  public readonly schedule: scheduler.Schedule;
  /** The key encrypting the log groups. */
  public readonly logEncryptionKey: kms.IKey;

  constructor(scope: Construct, id: string, props: UserPoolBackupProps) {
    super(scope, id);
    const validation = new ViolationCollector();
    checkInputShape(validation, this.node.path, props, USER_POOL_BACKUP_SHAPE);
    validation.check(this.node.path, LIFECYCLE_RULES, { props, job: 'user-pool backup' });
    validation.check(this.node.path, USER_POOL_BACKUP_RULES, { props });
    validation.finish(this);

    this.backupPrefix = props.backupPrefix ?? USER_POOL_BACKUP_DEFAULTS.backupPrefix;
    const parts = createScanJob(this, {
      jobName: 'user-pool backup',
      functionClass: UserPoolBackupFunction,
      userPool: props.userPool,
      environment: {},
      // Groups and their members are listed once per run, before the users.
      statements: [new iam.PolicyStatement({ actions: ['cognito-idp:ListGroups', 'cognito-idp:ListUsersInGroup'], resources: [props.userPool.userPoolArn] })],
      ...resolveScanJobOptions(props),
      schedule: props.schedule ?? scheduler.ScheduleExpression.expression(USER_POOL_BACKUP_DEFAULTS.schedule),
      // The runs are the job's reports: the worker writes them, and they expire after `retention`.
      reportPrefix: this.backupPrefix,
      reportRetention: props.retention ?? USER_POOL_BACKUP_DEFAULTS.retention,
    });
    this.bucket = parts.bucket;
    this.accessLogsBucket = parts.accessLogsBucket;
    this.logEncryptionKey = parts.logEncryptionKey;
    this.workerFunction = parts.workerFunction;
    this.stateMachine = parts.stateMachine;
    this.schedule = parts.schedule;
    tagResources(this, props.tags);
  }
}
