import { Stack } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { IdentityPolicyVariables, ScopedDataPolicies } from '../../lib/identity';
import { testStack } from '../support/test-stack';

const IDENTITY_ID = '${cognito-identity.amazonaws.com:sub}';
const TENANT_TAG = '${aws:PrincipalTag/tenant_id}';

function fixtures(): { stack: Stack; bucket: s3.IBucket; table: dynamodb.ITable } {
  const stack = testStack();
  const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'files');
  const table = dynamodb.Table.fromTableName(stack, 'Table', 'items');
  return { stack, bucket, table };
}

function json(stack: Stack, statements: iam.PolicyStatement[]): any[] {
  return statements.map((statement) => stack.resolve(statement.toStatementJson()));
}

describe('IdentityPolicyVariables', () => {
  test('name the identity id and principal tags as IAM policy variables', () => {
    expect(IdentityPolicyVariables.IDENTITY_ID).toBe(IDENTITY_ID);
    expect(IdentityPolicyVariables.principalTag(IdentityPolicyVariables.TENANT_ID_TAG)).toBe(TENANT_TAG);
    expect(IdentityPolicyVariables.principalTagConditionKey('subscription_tier')).toBe('aws:PrincipalTag/subscription_tier');
  });
});

describe('ScopedDataPolicies.userS3Objects', () => {
  test('objects and listing are confined to the identity id folder', () => {
    const { stack, bucket } = fixtures();
    const [objects, listing] = json(stack, ScopedDataPolicies.userS3Objects(bucket, { prefix: 'private' }));
    expect(objects.Action).toEqual(['s3:GetObject', 's3:PutObject', 's3:DeleteObject']);
    expect(JSON.stringify(objects.Resource)).toContain(`files/private/${IDENTITY_ID}/*`);
    expect(objects.Condition).toBeUndefined();
    expect(listing).toMatchObject({
      Action: 's3:ListBucket',
      Condition: { StringLike: { 's3:prefix': [`private/${IDENTITY_ID}/`, `private/${IDENTITY_ID}/*`] } },
    });
  });

  test('read-only grants get and list only', () => {
    const { stack, bucket } = fixtures();
    const [objects] = json(stack, ScopedDataPolicies.userS3Objects(bucket, { readOnly: true }));
    expect(objects.Action).toBe('s3:GetObject');
    expect(JSON.stringify(objects.Resource)).toContain(`files/${IDENTITY_ID}/*`);
  });

  test('a KMS-encrypted bucket adds its key, usable only through S3', () => {
    const stack = testStack();
    const bucket = new s3.Bucket(stack, 'Bucket', { encryptionKey: new kms.Key(stack, 'Key'), encryption: s3.BucketEncryption.KMS });
    const statements = json(stack, ScopedDataPolicies.userS3Objects(bucket));
    expect(statements[2]).toMatchObject({
      Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
      Condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } },
    });
  });

  test.each(['*', 'a/*/b', 'p?', '${aws:username}', '/root'])('refuses the prefix %j', (prefix) => {
    const { bucket } = fixtures();
    expect(() => ScopedDataPolicies.userS3Objects(bucket, { prefix }))
      .toThrow(/ScopedDataPolicies.userS3Objects: prefix is .* — must be a plain key prefix/);
  });
});

describe('ScopedDataPolicies.tenantS3Objects', () => {
  test('scopes by the tenant_id principal tag and matches nothing without one', () => {
    const { stack, bucket } = fixtures();
    const [objects, listing] = json(stack, ScopedDataPolicies.tenantS3Objects(bucket, { prefix: 'tenants/' }));
    expect(JSON.stringify(objects.Resource)).toContain(`files/tenants/${TENANT_TAG}/*`);
    expect(objects.Condition).toEqual({ Null: { 'aws:PrincipalTag/tenant_id': 'false' } });
    expect(listing.Condition).toEqual({
      StringLike: { 's3:prefix': [`tenants/${TENANT_TAG}/`, `tenants/${TENANT_TAG}/*`] },
      Null: { 'aws:PrincipalTag/tenant_id': 'false' },
    });
  });
});

describe('ScopedDataPolicies DynamoDB items', () => {
  test('user items: dynamodb:LeadingKeys is the identity id, and no scan', () => {
    const { stack, table } = fixtures();
    const [items] = json(stack, ScopedDataPolicies.userDynamoDbItems(table));
    expect(items.Condition).toEqual({ 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [IDENTITY_ID] } });
    expect(items.Action).not.toContain('dynamodb:Scan');
    expect(items.Action).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem']));
  });

  test('tenant items: dynamodb:LeadingKeys is the tenant tag, guarded against a missing tag', () => {
    const { stack, table } = fixtures();
    const [items] = json(stack, ScopedDataPolicies.tenantDynamoDbItems(table, { readOnly: true }));
    expect(items.Condition).toEqual({
      'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [TENANT_TAG] },
      'Null': { 'aws:PrincipalTag/tenant_id': 'false' },
    });
    expect(items.Action).toEqual(['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem']);
  });

  test('a table with a customer-managed key adds the key, usable only through DynamoDB', () => {
    const stack = testStack();
    const table = new dynamodb.Table(stack, 'Table', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
    });
    const statements = json(stack, ScopedDataPolicies.userDynamoDbItems(table, { readOnly: true }));
    expect(statements[1]).toMatchObject({
      Action: 'kms:Decrypt',
      Condition: { StringEquals: { 'kms:ViaService': 'dynamodb.eu-west-1.amazonaws.com' } },
    });
  });
});
