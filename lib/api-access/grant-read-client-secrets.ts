import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';

/**
 * Lets a workload read its client secret at run time with DescribeUserPoolClient, so the secret
 * never passes through a template, an output or a parameter. The action takes the pool as its
 * resource and has no condition key for the client: the grantee can read the secret of every
 * client of the pool.
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncognitouserpools.html
 */
export function grantReadClientSecrets(userPool: cognito.IUserPool, grantee: iam.IGrantable): iam.Grant {
  return userPool.grant(grantee, 'cognito-idp:DescribeUserPoolClient');
}
