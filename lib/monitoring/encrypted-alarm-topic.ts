import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

/**
 * An SNS topic for alarm notifications, encrypted with its own rotating key and refusing
 * plain-HTTP publishers. CloudWatch needs the key to publish: AWS-managed SNS keys do not let it.
 */
export function createEncryptedAlarmTopic(scope: Construct, id: string): sns.Topic {
  const key = new kms.Key(scope, `${id}Key`, {
    enableKeyRotation: true,
    description: `Encrypts the alarm notifications of ${scope.node.path}`,
  });
  key.addToResourcePolicy(new iam.PolicyStatement({
    principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
    actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
    resources: ['*'],
    conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(scope).account } },
  }));
  return new sns.Topic(scope, id, { masterKey: key, enforceSSL: true, displayName: 'Cognito auth alarms' });
}
