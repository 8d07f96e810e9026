import { Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { S3PrefixAccessOptions } from './data-access-options';
import { DataOwner, withOwnerConditions } from './data-owner';
import { keyViaServiceStatement } from './key-via-service-statement';

const READ_OBJECT_ACTIONS = ['s3:GetObject'];
const WRITE_OBJECT_ACTIONS = ['s3:PutObject', 's3:DeleteObject'];

/**
 * Statements that let the caller use only the objects under `<prefix><owner>/` of a bucket,
 * list only that folder, and use the bucket's KMS key only through S3.
 */
export function s3OwnerStatements(bucket: s3.IBucket, owner: DataOwner, options: S3PrefixAccessOptions, where: string): iam.PolicyStatement[] {
  const folder = `${normalizePrefix(options.prefix, where)}${owner.variable}/`;
  const statements = [
    new iam.PolicyStatement({
      actions: options.readOnly ? READ_OBJECT_ACTIONS : [...READ_OBJECT_ACTIONS, ...WRITE_OBJECT_ACTIONS],
      resources: [bucket.arnForObjects(`${folder}*`)],
      conditions: withOwnerConditions(owner, {}),
    }),
    new iam.PolicyStatement({
      actions: ['s3:ListBucket'],
      resources: [bucket.bucketArn],
      conditions: withOwnerConditions(owner, { StringLike: { 's3:prefix': [folder, `${folder}*`] } }),
    }),
  ];
  if (bucket.encryptionKey) {
    statements.push(keyViaServiceStatement(bucket.encryptionKey, 's3', bucket, options.readOnly));
  }
  return statements;
}

/** A prefix ending in a slash, or the empty string; refuses what would widen the scope. */
function normalizePrefix(prefix: string | undefined, where: string): string {
  if (prefix === undefined || prefix === '' || Token.isUnresolved(prefix)) {
    return prefix ?? '';
  }
  if (/[*?]|\$\{/.test(prefix) || prefix.startsWith('/')) {
    throw new Error(`${where}: prefix is ${JSON.stringify(prefix)} — must be a plain key prefix, without wildcards, policy variables or a leading slash`);
  }
  return prefix.endsWith('/') ? prefix : `${prefix}/`;
}
