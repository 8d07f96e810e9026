import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { InactiveUserPolicyFunction } from './functions/inactive-user-policy-function';
import { InactiveUserPolicyProps } from './inactive-user-policy-props';
import { INACTIVE_USER_POLICY_SHAPE } from './input-shapes';
import { INACTIVE_USER_DEFAULTS, LIFECYCLE_DEFAULTS } from './lifecycle-defaults';
import { createScanJob, resolveScanJobOptions } from './private-scan-job';
import { callIntervalMs } from './private-worker-pacing';
import { INACTIVE_USER_RULES } from './rules/lifecycle-rules';
import { INACTIVE_USER_ENV } from '../private/inactive-user-environment';
import { tagResources } from '../private/resource-tags';
import { ViolationCollector } from '../private/validation/enforce-rules';
import { checkInputShape } from '../private/validation/input-shape';

/**
 * Disables users who have not signed in for `inactiveDays` (90 by default: PCI DSS v4.0 8.2.6,
 * NIST 800-53 AC-2(3)), on a schedule. It never deletes a user (its role cannot), skips members of
 * `exemptGroups` and users created within the window, and only reports until `enforce` is true.
 * Each run writes every action to `<reportPrefix><runId>/actions/*.jsonl` and a summary to
 * `<reportPrefix><runId>/summary.json`, and sends the counts to `notificationTopic`. Running it
 * again disables nobody new: already-disabled users are skipped.
 *
 * To re-enable a user: `aws cognito-idp admin-enable-user --user-pool-id <id> --username <name>`,
 * or a UserImportPipeline CSV with `enable` rows (one per username from the action files).
 */
export class InactiveUserPolicy extends Construct {
  /** The bucket holding the reports. */
  public readonly bucket: s3.IBucket;
  /** The bucket receiving the report bucket's server access logs, when this construct created it. */
  public readonly accessLogsBucket?: s3.IBucket;
  /** The state machine of one run. */
  public readonly stateMachine: sfn.StateMachine;
  /** The worker that reads the pool and disables users. */
  public readonly workerFunction: lambda.IFunction;
  /** The schedule that starts each run. */
  public readonly schedule: scheduler.Schedule;
  /** The topic told of each run. */
  public readonly notificationTopic: sns.ITopic;
  /** The key encrypting the log groups. */
  public readonly logEncryptionKey: kms.IKey;
  /** Whether runs disable users (true) or only report (false). */
  public readonly enforce: boolean;

  constructor(scope: Construct, id: string, props: InactiveUserPolicyProps) {
    super(scope, id);
    const validation = new ViolationCollector();
    checkInputShape(validation, this.node.path, props, INACTIVE_USER_POLICY_SHAPE);
    validation.check(this.node.path, INACTIVE_USER_RULES, { props, job: 'inactive-user policy' });
    validation.finish(this);

    this.enforce = props.enforce ?? INACTIVE_USER_DEFAULTS.enforce;
    this.notificationTopic = props.notificationTopic ?? new sns.Topic(this, 'Topic', {
      masterKey: new kms.Key(this, 'TopicKey', { enableKeyRotation: true, description: `Encrypts the inactive-user notifications of ${props.userPool.node.path}` }),
      enforceSSL: true,
      displayName: 'Inactive Cognito users',
    });
    const maxConcurrency = props.maxConcurrency ?? LIFECYCLE_DEFAULTS.maxConcurrency;
    const exemptGroups = props.exemptGroups ?? [];
    // AdminDisableUser only when enforcing: a report-only policy cannot change a user. Never AdminDeleteUser.
    const cognitoActions = ['cognito-idp:ListUsersInGroup', ...(this.enforce ? ['cognito-idp:AdminDisableUser'] : [])];
    const statements = [
      new iam.PolicyStatement({ actions: cognitoActions, resources: [props.userPool.userPoolArn] }),
      new iam.PolicyStatement({ actions: ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:PutItem'], resources: [props.lastSignInTable.tableArn] }),
      new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [this.notificationTopic.topicArn] }),
    ];
    const keys = [props.lastSignInTable.encryptionKey, this.notificationTopic.masterKey].filter((key): key is kms.IKey => key !== undefined);
    if (keys.length > 0) {
      statements.push(new iam.PolicyStatement({ actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'], resources: keys.map((key) => key.keyArn) }));
    }
    const parts = createScanJob(this, {
      jobName: 'inactive-user policy',
      functionClass: InactiveUserPolicyFunction,
      userPool: props.userPool,
      environment: {
        [INACTIVE_USER_ENV.inactiveDays]: String(props.inactiveDays ?? INACTIVE_USER_DEFAULTS.inactiveDays),
        [INACTIVE_USER_ENV.exemptGroups]: exemptGroups.join(','),
        [INACTIVE_USER_ENV.enforce]: String(this.enforce),
        [INACTIVE_USER_ENV.disableIntervalMs]: String(callIntervalMs(maxConcurrency,
          props.disableRequestsPerSecond ?? INACTIVE_USER_DEFAULTS.disableRequestsPerSecond)),
        [INACTIVE_USER_ENV.signInTable]: props.lastSignInTable.tableName,
        [INACTIVE_USER_ENV.topicArn]: this.notificationTopic.topicArn,
      },
      statements,
      ...resolveScanJobOptions(props),
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
