import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { DynamoDbItemAccessOptions, S3PrefixAccessOptions } from './data-access-options';
import { IDENTITY_OWNER, TENANT_OWNER } from './data-owner';
import { dynamoDbOwnerStatements } from './dynamodb-owner-statements';
import { s3OwnerStatements } from './s3-owner-statements';

/**
 * IAM statements for an identity pool role that scope each caller to their own data, or to their
 * tenant's data through the `tenant_id` principal tag (attribute-based access control). The
 * statements are the same for every user and tenant, so the policy does not grow with either.
 *
 * @exampleMetadata fixture=construct
 * @example
 * role.addManagedPolicy(new iam.ManagedPolicy(this, 'UserFiles', {
 *   statements: ScopedDataPolicies.userS3Objects(bucket, { prefix: 'private/' }),
 * }));
 */
export class ScopedDataPolicies {
  /**
   * Objects under `<prefix>${cognito-identity.amazonaws.com:sub}/`: each signed-in identity sees
   * only its own folder.
   * @param bucket the bucket
   * @param options prefix and read-only
   */
  public static userS3Objects(bucket: s3.IBucket, options: S3PrefixAccessOptions = {}): iam.PolicyStatement[] {
    return s3OwnerStatements(bucket, IDENTITY_OWNER, options, 'ScopedDataPolicies.userS3Objects');
  }

  /**
   * Objects under `<prefix>${aws:PrincipalTag/tenant_id}/`: each caller sees only its tenant's
   * folder, and a caller without a tenant id sees nothing.
   * @param bucket the bucket
   * @param options prefix and read-only
   */
  public static tenantS3Objects(bucket: s3.IBucket, options: S3PrefixAccessOptions = {}): iam.PolicyStatement[] {
    return s3OwnerStatements(bucket, TENANT_OWNER, options, 'ScopedDataPolicies.tenantS3Objects');
  }

  /**
   * Items whose partition key (`dynamodb:LeadingKeys`) is the caller's identity id.
   * @param table the table
   * @param options read-only
   */
  public static userDynamoDbItems(table: dynamodb.ITable, options: DynamoDbItemAccessOptions = {}): iam.PolicyStatement[] {
    return dynamoDbOwnerStatements(table, IDENTITY_OWNER, options);
  }

  /**
   * Items whose partition key (`dynamodb:LeadingKeys`) is the caller's tenant id, and none for a
   * caller without a tenant id.
   * @param table the table
   * @param options read-only
   */
  public static tenantDynamoDbItems(table: dynamodb.ITable, options: DynamoDbItemAccessOptions = {}): iam.PolicyStatement[] {
    return dynamoDbOwnerStatements(table, TENANT_OWNER, options);
  }

  private constructor() {}
}
