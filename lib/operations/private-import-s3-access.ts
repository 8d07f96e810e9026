import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';

/**
 * The S3 access of the import's Distributed Map, limited to the objects under its two prefixes.
 * (The reader and writer of aws-cdk-lib would grant every object of the bucket.)
 */
export function prefixScopedS3Statements(bucket: s3.IBucket, inputPrefix: string, reportPrefix: string): iam.PolicyStatement[] {
  const statements = [
    new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects(`${inputPrefix}*`)] }),
    new iam.PolicyStatement({
      actions: ['s3:PutObject', 's3:GetObject', 's3:ListMultipartUploadParts', 's3:AbortMultipartUpload'],
      resources: [bucket.arnForObjects(`${reportPrefix}*`)],
    }),
  ];
  if (bucket.encryptionKey) {
    statements.push(new iam.PolicyStatement({ actions: ['kms:Decrypt', 'kms:GenerateDataKey'], resources: [bucket.encryptionKey.keyArn] }));
  }
  return statements;
}

/** Read access to the backup runs a restore reads: the manifest, the groups and the user and membership files. */
export function backupReadStatements(bucket: s3.IBucket, backupPrefix: string): iam.PolicyStatement[] {
  const statements = [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects(`${backupPrefix}*`)] })];
  if (bucket.encryptionKey) {
    statements.push(new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: [bucket.encryptionKey.keyArn] }));
  }
  return statements;
}

/** The plan reader of the Distributed Map: one planned batch per JSON line, in the object the plan step names. */
export function planReader(bucket: s3.IBucket): sfn.IItemReader {
  return new sfn.S3JsonLItemReader({ bucket, key: sfn.JsonPath.stringAt('$.planKey') });
}

/** The report writer: one JSON Lines result per row, batches flattened, under the report prefix. */
export function reportWriter(bucket: s3.IBucket, reportPrefix: string): sfn.ResultWriterV2 {
  return new sfn.ResultWriterV2({
    bucket,
    prefix: reportPrefix,
    writerConfig: new sfn.WriterConfig({ transformation: sfn.Transformation.FLATTEN, outputType: sfn.OutputType.JSONL }),
  });
}
