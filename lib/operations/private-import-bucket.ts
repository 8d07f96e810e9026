import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { createAccessLogsBucket } from './private-access-logs-bucket';

/** Where the files of an import live, how long each kind is kept, and where access to them is logged. */
export interface ImportBucketProps {
  readonly poolPath: string;
  /** False turns server access logs off; the nag packs then report it for the deployer to acknowledge. */
  readonly serverAccessLogs: boolean;
  /** The deployer's log bucket; without it the pipeline creates one. */
  readonly accessLogsBucket?: s3.IBucket;
  readonly accessLogRetention: Duration;
  readonly inputPrefix: string;
  readonly reportPrefix: string;
  readonly inputRetention: Duration;
  readonly reportRetention: Duration;
}

/** The import bucket and the bucket its access logs go to, if any. */
export interface ImportBuckets {
  readonly bucket: s3.Bucket;
  readonly accessLogsBucket?: s3.IBucket;
}

/**
 * The bucket for CSV files and reports: KMS-encrypted with its own rotating key, SSL only, no
 * public access, versioned, and retained with its key when the stack is deleted, since the
 * reports are the record of what an import did. Both kinds of file name users, so each expires.
 * Operators upload files and read reports themselves, so every request is logged by default.
 */
export function createImportBucket(scope: Construct, props: ImportBucketProps): ImportBuckets {
  const { poolPath } = props;
  const accessLogsBucket = props.serverAccessLogs
    ? props.accessLogsBucket ?? createAccessLogsBucket(scope, props.accessLogRetention)
    : undefined;
  const encryptionKey = new kms.Key(scope, 'BucketKey', {
    description: `Encrypts the user-import files and reports of ${poolPath}`,
    enableKeyRotation: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  const bucket = new s3.Bucket(scope, 'Bucket', {
    encryption: s3.BucketEncryption.KMS,
    encryptionKey,
    bucketKeyEnabled: true,
    enforceSSL: true,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    versioned: true,
    removalPolicy: RemovalPolicy.RETAIN,
    serverAccessLogsBucket: accessLogsBucket,
    serverAccessLogsPrefix: accessLogsBucket ? 'user-import/' : undefined,
    // Old versions only serve recovery from an accidental overwrite; a month is enough for that.
    lifecycleRules: [
      { noncurrentVersionExpiration: Duration.days(30) },
      // Expiry leaves a delete marker; the rule above removes the data 30 days later.
      { id: 'ExpireImportFiles', prefix: props.inputPrefix, expiration: props.inputRetention },
      { id: 'ExpireReports', prefix: props.reportPrefix, expiration: props.reportRetention },
    ],
  });
  const validations = Validations.of(bucket);
  const replication = 'The bucket holds working files of a user import and its reports; the user pool is the system of record. '
    + 'Versioning and retention protect them; replicate the bucket yourself if your policy requires a second region.';
  for (const pack of ['HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321']) {
    validations.acknowledge({ id: `${pack}-S3BucketReplicationEnabled`, reason: replication });
  }
  return { bucket, accessLogsBucket };
}
