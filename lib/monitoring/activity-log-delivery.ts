import { ArnFormat, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ActivityLogOptions } from './activity-log-options';
import { ACTIVITY_LOG_RETENTION } from './defaults';
import { recreatableLogGroupName } from '../private/recreatable-log-group-name';

/** What ActivityLogDelivery needs. */
export interface ActivityLogDeliveryProps {
  readonly userPool: cognito.IUserPool;
  readonly featurePlan: cognito.FeaturePlan;
  readonly options: ActivityLogOptions;
}

const UNENCRYPTED_BY_KMS_REASON = 'Cognito delivers user activity logs only to log groups not encrypted with a KMS key '
  + '(AWS::Cognito::LogDeliveryConfiguration CloudWatchLogsConfiguration); CloudWatch Logs still encrypts them at rest with service-managed keys.';

/** Exports a user pool's activity logs to a CloudWatch log group. */
export class ActivityLogDelivery extends Construct {
  public readonly logGroup: logs.ILogGroup;
  public readonly configuration: cognito.CfnLogDeliveryConfiguration;

  constructor(scope: Construct, id: string, props: ActivityLogDeliveryProps) {
    super(scope, id);
    const { options } = props;
    this.logGroup = options.logGroup ?? this.createLogGroup(options);
    const userAuthEvents = options.userAuthEvents ?? props.featurePlan === cognito.FeaturePlan.PLUS;
    // Cognito takes the bare log group ARN; the L2's ARN ends in `:*`, which Cognito rejects.
    const destination = {
      logGroupArn: Stack.of(this).formatArn({
        service: 'logs',
        resource: 'log-group',
        resourceName: this.logGroup.logGroupName,
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      }),
    };
    const logConfigurations: cognito.CfnLogDeliveryConfiguration.LogConfigurationProperty[] = [];
    if (options.userNotification !== false) {
      logConfigurations.push({ eventSource: 'userNotification', logLevel: 'ERROR', cloudWatchLogsConfiguration: destination });
    }
    if (userAuthEvents) {
      logConfigurations.push({ eventSource: 'userAuthEvents', logLevel: 'INFO', cloudWatchLogsConfiguration: destination });
    }
    this.configuration = new cognito.CfnLogDeliveryConfiguration(this, 'Configuration', {
      userPoolId: props.userPool.userPoolId,
      logConfigurations,
    });
  }

  private createLogGroup(options: ActivityLogOptions): logs.LogGroup {
    const logGroup = new logs.LogGroup(this, 'LogGroup', {
      // The vendedlogs prefix lets CloudWatch Logs grant delivery without growing the account's resource policy.
      logGroupName: recreatableLogGroupName(this, '/aws/vendedlogs/cognito/'),
      retention: options.retention ?? ACTIVITY_LOG_RETENTION,
      removalPolicy: options.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    for (const id of ['HIPAA.Security-CloudWatchLogGroupEncrypted', 'NIST.800.53.R5-CloudWatchLogGroupEncrypted', 'PCI.DSS.321-CloudWatchLogGroupEncrypted']) {
      Validations.of(logGroup).acknowledge({ id, reason: UNENCRYPTED_BY_KMS_REASON });
    }
    return logGroup;
  }
}
