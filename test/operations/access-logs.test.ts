import { App, Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY } from 'aws-cdk-lib/cx-api';
import { importPipelineStack } from './support/import-pipeline-stack';
import { UserImportPipeline } from '../../lib/operations';

const IMPORT_BUCKET = 'ImportBucket64DA19A7';
const LOG_BUCKET = 'ImportAccessLogsBucket39C91C1D';

function template(stack: Stack): Template {
  return Template.fromStack(stack);
}

describe('server access logs of the import bucket', () => {
  test('on by default, into a dedicated bucket under user-import/', () => {
    const { stack, pipeline } = importPipelineStack();
    const t = template(stack);
    t.resourceCountIs('AWS::S3::Bucket', 2);
    t.hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: { DestinationBucketName: { Ref: LOG_BUCKET }, LogFilePrefix: 'user-import/' },
      BucketEncryption: { ServerSideEncryptionConfiguration: [Match.objectLike({ ServerSideEncryptionByDefault: Match.objectLike({ SSEAlgorithm: 'aws:kms' }) })] },
    });
    expect(stack.resolve(pipeline.accessLogsBucket!.bucketName)).toEqual({ Ref: LOG_BUCKET });
  });

  test('the log bucket: SSE-S3, no public access, ACLs disabled, versioned, retained, logs expire after a year', () => {
    const t = template(importPipelineStack().stack);
    t.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        VersioningConfiguration: { Status: 'Enabled' },
        LifecycleConfiguration: {
          Rules: [
            { Id: 'ExpireAccessLogs', ExpirationInDays: 365, Status: 'Enabled' },
            { NoncurrentVersionExpiration: { NoncurrentDays: 30 }, Status: 'Enabled' },
          ],
        },
        AccessControl: Match.absent(),
        LoggingConfiguration: Match.absent(),
      },
    });
  });

  test('only S3 logging may write, only for this import bucket and account, only under its prefix, only over TLS', () => {
    const t = template(importPipelineStack().stack);
    t.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: LOG_BUCKET },
      PolicyDocument: {
        Statement: [
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          {
            Effect: 'Allow',
            Principal: { Service: 'logging.s3.amazonaws.com' },
            Action: 's3:PutObject',
            Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [LOG_BUCKET, 'Arn'] }, '/user-import/*']] },
            Condition: {
              ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [IMPORT_BUCKET, 'Arn'] } },
              StringEquals: { 'aws:SourceAccount': '123456789012' },
            },
          },
        ],
      },
    });
  });

  test('an app whose feature flags prefer ACLs still gets the bucket policy and no ACL', () => {
    const app = new App({ context: { [S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY]: false } });
    const stack = new Stack(app, 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
    new UserImportPipeline(stack, 'Import', { userPool: new cognito.UserPool(stack, 'Pool') });
    const t = template(stack);
    t.hasResourceProperties('AWS::S3::Bucket', { OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } });
    expect(JSON.stringify(t.toJSON())).not.toContain('LogDeliveryWrite');
    t.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'logging.s3.amazonaws.com' } })]) },
    });
  });

  test('accessLogRetention sets how long logs are kept', () => {
    const t = template(importPipelineStack({ accessLogRetention: Duration.days(2190) }).stack);
    t.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: { Rules: Match.arrayWith([{ Id: 'ExpireAccessLogs', ExpirationInDays: 2190, Status: 'Enabled' }]) },
    });
  });

  test('a log bucket of your own receives the logs and no bucket is created for them', () => {
    const { stack, pipeline } = importPipelineStack((scope) => ({ accessLogsBucket: s3.Bucket.fromBucketName(scope, 'AccessLogs', 'corp-access-logs') }));
    const t = template(stack);
    t.resourceCountIs('AWS::S3::Bucket', 1);
    t.hasResourceProperties('AWS::S3::Bucket', { LoggingConfiguration: { DestinationBucketName: 'corp-access-logs', LogFilePrefix: 'user-import/' } });
    expect(pipeline.accessLogsBucket?.bucketName).toBe('corp-access-logs');
  });

  test('serverAccessLogs: false turns them off', () => {
    const { stack, pipeline } = importPipelineStack({ serverAccessLogs: false });
    const t = template(stack);
    t.resourceCountIs('AWS::S3::Bucket', 1);
    t.hasResourceProperties('AWS::S3::Bucket', { LoggingConfiguration: Match.absent() });
    t.resourceCountIs('AWS::S3::BucketPolicy', 1);
    expect(pipeline.accessLogsBucket).toBeUndefined();
  });

  test('a bucket you bring gets no logging and no log bucket', () => {
    const { stack, pipeline } = importPipelineStack((scope) => ({ bucket: s3.Bucket.fromBucketName(scope, 'Own', 'my-import-bucket') }));
    template(stack).resourceCountIs('AWS::S3::Bucket', 0);
    expect(pipeline.accessLogsBucket).toBeUndefined();
  });
});
