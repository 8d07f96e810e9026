import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { createAccessLogsBucket } from './private-access-logs-bucket';

/** Where a lifecycle job's reports live, how long they are kept, and where access to them is logged. */
export interface ReportBucketProps {
  readonly description: string;
  readonly serverAccessLogs: boolean;
  readonly accessLogsBucket?: s3.IBucket;
  readonly accessLogRetention: Duration;
  readonly reportPrefix: string;
  readonly reportRetention: Duration;
  /** The folder S3 server access logs of this bucket go to in the log bucket. */
  readonly accessLogsPrefix: string;
}

/**
 * The bucket of a lifecycle job's reports (they name users): KMS-encrypted with its own rotating
 * key, SSL only, no public access, versioned, retained with its key, every request logged by
 * default, and each report expiring after `reportRetention`.
 */
export function createReportBucket(scope: Construct, props: ReportBucketProps): { bucket: s3.Bucket; accessLogsBucket?: s3.IBucket } {
  const accessLogsBucket = props.serverAccessLogs ? props.accessLogsBucket ?? createAccessLogsBucket(scope, props.accessLogRetention) : undefined;
  const encryptionKey = new kms.Key(scope, 'BucketKey', { description: props.description, enableKeyRotation: true, removalPolicy: RemovalPolicy.RETAIN });
  const bucket = new s3.Bucket(scope, 'Bucket', {
    encryption: s3.BucketEncryption.KMS,
    encryptionKey,
    bucketKeyEnabled: true,
    enforceSSL: true,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    versioned: true,
    removalPolicy: RemovalPolicy.RETAIN,
    serverAccessLogsBucket: accessLogsBucket,
    serverAccessLogsPrefix: accessLogsBucket ? props.accessLogsPrefix : undefined,
    lifecycleRules: [
      { noncurrentVersionExpiration: Duration.days(30) },
      { id: 'ExpireReports', prefix: props.reportPrefix, expiration: props.reportRetention },
    ],
  });
  const replication = 'The bucket holds reports of a scheduled job over the user pool, which is the system of record; versioning and '
    + 'retention protect them; replicate the bucket yourself if your policy requires a second region.';
  for (const pack of ['HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321']) {
    Validations.of(bucket).acknowledge({ id: `${pack}-S3BucketReplicationEnabled`, reason: replication });
  }
  return { bucket, accessLogsBucket };
}
