import { App, Stack } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';

/**
 * Real values for the names rosetta/construct.ts-fixture only declares, so the API reference's
 * examples can run: created next to the example, in the stack it runs in.
 */
export function fixtureValues(scope: Stack): Record<string, unknown> {
  const app = scope.node.root as App;
  return {
    app,
    stack: new Stack(app, 'Other'),
    // A template with no Cognito resources: every resource of the current one is new.
    deployedTemplate: { Resources: {} },
    bucket: s3.Bucket.fromBucketName(scope, 'FixtureBucket', 'example-bucket'),
    table: dynamodb.Table.fromTableName(scope, 'FixtureTable', 'example-table'),
    role: new iam.Role(scope, 'FixtureRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }),
    opsTopic: sns.Topic.fromTopicArn(scope, 'FixtureTopic', 'arn:aws:sns:eu-west-1:123456789012:ops'),
  };
}
