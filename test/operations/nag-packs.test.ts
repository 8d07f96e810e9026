import { Duration, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks, PCIDSS321Checks } from 'cdk-nag';
import { importPipelineStack } from './support/import-pipeline-stack';
import { UserImportPipeline } from '../../lib/operations';

/** Every error-level finding of the four AWS packs on the pipeline's constructs (the pool is EnterpriseUserPool's concern). */
function pipelineFindings(stack: Stack): string[] {
  return [new AwsSolutionsChecks(), new HIPAASecurityChecks(), new NIST80053R5Checks(), new PCIDSS321Checks()]
    .flatMap((pack) => pack.validateScope(stack).violations)
    .filter((violation) => violation.severity === undefined || /error/i.test(violation.severity))
    .flatMap((violation) => violation.violatingResources.map((resource) => `${violation.ruleName} ${resource.constructPath}`))
    .filter((finding) => finding.includes('Stack/Import'));
}

describe('the four AWS nag packs', () => {
  test('report no errors for the pipeline on its defaults', () => {
    expect(pipelineFindings(importPipelineStack().stack)).toEqual([]);
  });

  test('report no errors with access logs, batching and a bigger run', () => {
    const { stack } = importPipelineStack((scope) => ({
      accessLogsBucket: s3.Bucket.fromBucketName(scope, 'AccessLogs', 'access-logs'), maxRowsPerBatch: 10, maxConcurrency: 50, maxRequestsPerSecond: 50,
    }));
    expect(pipelineFindings(stack)).toEqual([]);
  });

  test('report no errors for the access-log bucket with a longer retention', () => {
    expect(pipelineFindings(importPipelineStack({ accessLogRetention: Duration.days(2190) }).stack)).toEqual([]);
  });

  test('report the missing logging, for the deployer to acknowledge, when serverAccessLogs is false', () => {
    expect(pipelineFindings(importPipelineStack({ serverAccessLogs: false }).stack)).toEqual([
      'AwsSolutions-S1 Stack/Import/Bucket/Resource',
      'HIPAA.Security-S3BucketLoggingEnabled Stack/Import/Bucket/Resource',
      'NIST.800.53.R5-S3BucketLoggingEnabled Stack/Import/Bucket/Resource',
      'PCI.DSS.321-S3BucketLoggingEnabled Stack/Import/Bucket/Resource',
    ]);
  });

  test('acknowledge on the access-log bucket only SSE-S3 encryption and replication, each with its reason', () => {
    const { pipeline } = importPipelineStack();
    const acknowledged = Object.assign({}, ...pipeline.accessLogsBucket!.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .map((entry) => entry.data as { [id: string]: string }));
    expect(Object.values(acknowledged).every((reason) => (reason as string).length > 80)).toBe(true);
    expect(Object.keys(acknowledged).map((id) => id.replace('Annotation::', '')).sort()).toEqual([
      'HIPAA.Security-S3BucketReplicationEnabled', 'HIPAA.Security-S3DefaultEncryptionKMS',
      'NIST.800.53.R5-S3BucketReplicationEnabled', 'NIST.800.53.R5-S3DefaultEncryptionKMS',
      'PCI.DSS.321-S3BucketReplicationEnabled', 'PCI.DSS.321-S3DefaultEncryptionKMS',
    ]);
  });

  test('report no errors for a bucket the user brings', () => {
    const { stack } = importPipelineStack((scope) => ({ bucket: s3.Bucket.fromBucketName(scope, 'Own', 'my-import-bucket') }));
    expect(pipelineFindings(stack)).toEqual([]);
  });

  test('report no errors for two pipelines side by side', () => {
    const { stack, userPool } = importPipelineStack();
    new UserImportPipeline(stack, 'ImportSecond', { userPool, inputPrefix: 'in/', reportPrefix: 'out/' });
    expect(pipelineFindings(stack)).toEqual([]);
  });

  test('still report a wildcard that nobody acknowledged', () => {
    const { stack, pipeline } = importPipelineStack();
    new iam.ManagedPolicy(pipeline, 'Extra', {
      statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [pipeline.bucket.arnForObjects('*')] })],
    });
    expect(pipelineFindings(stack)).toEqual(['AwsSolutions-IAM5[Resource::<ImportBucket64DA19A7.Arn>/*] Stack/Import/Extra/Resource']);
  });
});
