import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { DynamoDbItemAccessOptions } from './data-access-options';
import { DataOwner, withOwnerConditions } from './data-owner';
import { keyViaServiceStatement } from './key-via-service-statement';

// Every action here names its partition keys, so `dynamodb:LeadingKeys` constrains it. Scan does
// not, and with `ForAllValues` an absent key would match: it is never granted.
const READ_ITEM_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'];
const WRITE_ITEM_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

/**
 * Statements that let the caller use only the items whose partition key is the owner, and the
 * table's KMS key only through DynamoDB.
 */
export function dynamoDbOwnerStatements(table: dynamodb.ITable, owner: DataOwner, options: DynamoDbItemAccessOptions): iam.PolicyStatement[] {
  const statements = [
    new iam.PolicyStatement({
      actions: options.readOnly ? READ_ITEM_ACTIONS : [...READ_ITEM_ACTIONS, ...WRITE_ITEM_ACTIONS],
      resources: [table.tableArn],
      conditions: withOwnerConditions(owner, {
        'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [owner.variable] },
      }),
    }),
  ];
  if (table.encryptionKey) {
    statements.push(keyViaServiceStatement(table.encryptionKey, 'dynamodb', table, options.readOnly));
  }
  return statements;
}
