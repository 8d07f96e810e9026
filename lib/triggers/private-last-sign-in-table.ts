import { Aws, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { LastSignInTriggerOptions } from './last-sign-in-trigger-options';
import { LAST_SIGN_IN_ITEM } from '../private/last-sign-in-item';

/** The table of last sign-ins and the one statement set its writer needs. */
export interface LastSignInStore {
  readonly table: dynamodb.Table;
  readonly key: kms.IKey;
  /** UpdateItem on this table only, and the key only through DynamoDB. */
  readonly writerStatements: iam.PolicyStatement[];
}

/**
 * The last sign-in table: partition key `sub`, on-demand (sign-ins come in bursts, and an idle pool
 * costs nothing), encrypted with a customer-managed key, point-in-time recovery, retained and
 * deletion-protected like the pool whose users it records.
 */
export function createLastSignInStore(scope: Construct, options: LastSignInTriggerOptions, poolPath: string): LastSignInStore {
  const removalPolicy = options.removalPolicy ?? RemovalPolicy.RETAIN;
  const key = options.encryptionKey ?? new kms.Key(scope, 'LastSignInKey', {
    description: `Encrypts the last sign-in table of ${poolPath}`,
    enableKeyRotation: true,
    removalPolicy,
  });
  const table = new dynamodb.Table(scope, 'LastSignInTable', {
    partitionKey: { name: LAST_SIGN_IN_ITEM.partitionKey, type: dynamodb.AttributeType.STRING },
    billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
    encryptionKey: key,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    deletionProtection: removalPolicy !== RemovalPolicy.DESTROY,
    removalPolicy,
  });
  for (const pack of ['HIPAA.Security', 'NIST.800.53.R5']) {
    Validations.of(table).acknowledge({
      id: `${pack}-DynamoDBInBackupPlan`,
      reason: 'Point-in-time recovery keeps a continuous 35-day backup of the table, and every sign-in rewrites its user\'s item; add the table to an AWS Backup plan for longer retention.',
    });
  }
  const writerStatements = [
    new iam.PolicyStatement({ actions: ['dynamodb:UpdateItem'], resources: [table.tableArn] }),
    // DynamoDB uses the key on the writer's behalf; the writer can use it for nothing else.
    new iam.PolicyStatement({
      actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
      resources: [key.keyArn],
      conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${Stack.of(scope).region}.${Aws.URL_SUFFIX}` } },
    }),
  ];
  return { table, key, writerStatements };
}
