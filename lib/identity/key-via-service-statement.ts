import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { IConstruct } from 'constructs';

/**
 * Use of a data store's KMS key, only through that service in the store's region, so the
 * credentials cannot decrypt anything with the key directly.
 * @param service the service prefix, such as `s3` or `dynamodb`
 */
export function keyViaServiceStatement(key: kms.IKey, service: string, store: IConstruct, readOnly: boolean | undefined): iam.PolicyStatement {
  return new iam.PolicyStatement({
    actions: readOnly ? ['kms:Decrypt'] : ['kms:Decrypt', 'kms:GenerateDataKey'],
    resources: [key.keyArn],
    conditions: { StringEquals: { 'kms:ViaService': `${service}.${Stack.of(store).region}.amazonaws.com` } },
  });
}
