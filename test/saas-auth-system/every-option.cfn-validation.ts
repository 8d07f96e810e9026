import { Stack } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { REDIRECTS } from './saas-fixtures';
import { SaasAuthSystem } from '../../lib/saas-auth-system';
import { CloudFormationValidationScenario } from '../support/cloudformation-validation';

// The one SaaS scenario that pays for CloudFormation's built-in validation (~8 s): tenant group roles
// trust the identity pool while their groups live in the user pool, the shape that once closed a
// dependency cycle.
export const SAAS_EVERY_OPTION: CloudFormationValidationScenario = {
  name: 'SaasAuthSystem with every option',
  build: (app) => {
    const stack = new Stack(app, 'Saas', { env: { account: '123456789012', region: 'eu-west-1' } });
    const system = new SaasAuthSystem(stack, 'Auth', {
      ...REDIRECTS,
      tenantGroups: ['acme', 'globex'],
      allowGuestAccess: true,
      guestPolicyStatements: [new iam.PolicyStatement({ actions: ['mobiletargeting:PutEvents'], resources: ['arn:aws:mobiletargeting:eu-west-1:123456789012:apps/demo/events'] })],
    });
    system.grantUserS3Objects(s3.Bucket.fromBucketName(stack, 'Files', 'files'));
    system.grantTenantDynamoDbItems(dynamodb.Table.fromTableName(stack, 'Items', 'items'));
  },
};
