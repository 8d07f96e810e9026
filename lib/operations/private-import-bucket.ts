import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** Where the files of an import live and how long each kind is kept. */
export interface ImportBucketProps {
  readonly poolPath: string;
  readonly accessLogsBucket?: s3.IBucket;
  readonly inputPrefix: string;
  readonly reportPrefix: string;
  readonly inputRetention: Duration;
  readonly reportRetention: Duration;
}

/**
 * The bucket for CSV files and reports: KMS-encrypted with its own rotating key, SSL only, no
 * public access, versioned, and retained with its key when the stack is deleted, since the
 * reports are the record of what an import did. Both kinds of file name users, so each expires.
 */
export function createImportBucket(scope: Construct, props: ImportBucketProps): s3.Bucket {
  const { poolPath, accessLogsBucket } = props;
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
  acknowledgeBucketFindings(bucket, accessLogsBucket !== undefined);
  return bucket;
}

function acknowledgeBucketFindings(bucket: s3.Bucket, accessLogged: boolean): void {
  const validations = Validations.of(bucket);
  const replication = 'The bucket holds working files of a user import and its reports; the user pool is the system of record. '
    + 'Versioning and retention protect them; replicate the bucket yourself if your policy requires a second region.';
  for (const pack of ['HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321']) {
    validations.acknowledge({ id: `${pack}-S3BucketReplicationEnabled`, reason: replication });
  }
  if (!accessLogged) {
    const logging = 'Only the import state machine reads and writes the bucket, and its executions are logged and traced; '
      + 'pass accessLogsBucket to add S3 server access logs.';
    for (const id of ['AwsSolutions-S1', 'HIPAA.Security-S3BucketLoggingEnabled', 'NIST.800.53.R5-S3BucketLoggingEnabled', 'PCI.DSS.321-S3BucketLoggingEnabled']) {
      validations.acknowledge({ id, reason: logging });
    }
  }
}
