import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY } from 'aws-cdk-lib/cx-api';
import { Construct } from 'constructs';

/**
 * The bucket that receives the S3 server access logs of the import bucket: who uploaded or
 * downloaded which file, and when. S3 delivers these logs only to a bucket whose default
 * encryption is SSE-S3; its bucket policy, not an ACL, lets the logging service write, and only
 * for the import bucket of this account. SSL only, no public access, versioned, retained with
 * the stack and expiring each log after `retention`.
 */
export function createAccessLogsBucket(scope: Construct, retention: Duration): s3.Bucket {
  const logs = new Construct(scope, 'AccessLogs');
  // Grant log delivery by bucket policy whatever the app's feature flags say: ACLs stay disabled.
  logs.node.setContext(S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY, true);
  const bucket = new s3.Bucket(logs, 'Bucket', {
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    versioned: true,
    removalPolicy: RemovalPolicy.RETAIN,
    lifecycleRules: [
      { id: 'ExpireAccessLogs', expiration: retention },
      // A deleted or overwritten log stays recoverable for a month.
      { noncurrentVersionExpiration: Duration.days(30) },
    ],
  });
  acknowledgeAccessLogsBucketFindings(bucket);
  return bucket;
}

/** The packs recognise a bucket that receives access logs and do not ask it to log itself; these two remain. */
function acknowledgeAccessLogsBucketFindings(bucket: s3.Bucket): void {
  const validations = Validations.of(bucket);
  const sseS3Only = 'S3 server access logging delivers only to target buckets whose default encryption is SSE-S3 (AES256): '
    + 'default SSE-KMS encryption is not supported for server access logging target buckets (Amazon S3 User Guide, troubleshooting server access logging).';
  const replication = 'The bucket holds the access logs of the user-import bucket for a fixed retention and is versioned and retained; '
    + 'replicate it yourself if your policy requires a copy in a second region.';
  for (const pack of ['HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321']) {
    validations.acknowledge({ id: `${pack}-S3DefaultEncryptionKMS`, reason: sseS3Only });
    validations.acknowledge({ id: `${pack}-S3BucketReplicationEnabled`, reason: replication });
  }
}
