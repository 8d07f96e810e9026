import { Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { EnterpriseUserPool, EnterpriseUserPoolProps } from '../../lib';
import { testStack } from '../support/test-stack';

export const CERTIFICATE_ARN = 'arn:aws:acm:eu-west-1:123456789012:certificate/11111111-2222-3333-4444-555555555555';

/** A pool with a web client and a hosted domain, as an application would protect an API with. */
export function protectingPool(props: EnterpriseUserPoolProps = {}, stack: Stack = testStack()): { stack: Stack; pool: EnterpriseUserPool } {
  const pool = new EnterpriseUserPool(stack, 'Users', {
    appClients: [{ name: 'web', callbackUrls: ['https://app.example.com/callback'] }, { name: 'mobile' }],
    domain: { cognitoDomainPrefix: 'example-corp-users' },
    ...props,
  });
  return { stack, pool };
}

/** An internet-facing load balancer in a small VPC. */
export function loadBalancer(stack: Stack): elbv2.ApplicationLoadBalancer {
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
  return new elbv2.ApplicationLoadBalancer(stack, 'Alb', { vpc, internetFacing: true });
}

/** A fixed response standing for the application behind the load balancer. */
export const APP_RESPONSE = elbv2.ListenerAction.fixedResponse(200, { contentType: 'text/plain', messageBody: 'hello' });
