import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { EnterpriseUserPool } from '../lib';

const PACKS = ['HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321'];

/** Where the intranet is served: its HTTPS host name and the ACM certificate that covers it. */
export interface IntranetSite {
  readonly domainName: string;
  readonly certificateArn: string;
}

/**
 * An internet-facing load balancer that signs every visitor in with the pool before answering,
 * in a small VPC with flow logs, access logs, invalid-header dropping and a WAF web ACL.
 */
export function protectedIntranet(
  scope: Construct, pool: EnterpriseUserPool, site: IntranetSite, webAcl: wafv2.CfnWebACL,
): elbv2.ApplicationLoadBalancer {
  const logBucket = createLogBucket(scope);
  const vpc = new ec2.Vpc(scope, 'IntranetVpc', {
    maxAzs: 2,
    natGateways: 0,
    subnetConfiguration: [{ name: 'public', subnetType: ec2.SubnetType.PUBLIC, mapPublicIpOnLaunch: false }],
    flowLogs: { all: { destination: ec2.FlowLogDestination.toS3(logBucket, 'vpc-flow-logs/') } },
    // Stated, not left to @aws-cdk/aws-ec2:restrictDefaultSecurityGroup: see the acknowledgement below.
    restrictDefaultSecurityGroup: false,
  });
  const alb = new elbv2.ApplicationLoadBalancer(scope, 'IntranetAlb', { vpc, internetFacing: true, dropInvalidHeaderFields: true, deletionProtection: true });
  alb.logAccessLogs(logBucket, 'alb');
  alb.addListener('Https', {
    port: 443,
    sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS,
    certificates: [elbv2.ListenerCertificate.fromArn(site.certificateArn)],
    defaultAction: pool.albAuthenticateAction(scope, 'intranet-alb', {
      loadBalancer: alb,
      domainName: site.domainName,
      next: elbv2.ListenerAction.fixedResponse(200, { contentType: 'text/plain', messageBody: 'Welcome to the intranet' }),
    }),
  });
  new wafv2.CfnWebACLAssociation(scope, 'IntranetWebAclAssociation', { resourceArn: alb.loadBalancerArn, webAclArn: webAcl.attrArn });

  Validations.of(alb).acknowledge({
    id: 'AwsSolutions-EC23',
    reason: 'The intranet is reached from the internet on HTTPS 443 only; the load balancer signs every visitor in with Cognito and WAF filters requests first.',
  });
  for (const pack of PACKS) {
    Validations.of(vpc).acknowledge({
      id: `${pack}-VPCNoUnrestrictedRouteToIGW`,
      reason: 'An internet-facing load balancer lives in public subnets, whose default route leads to the internet gateway; no instance runs there.',
    });
    Validations.of(vpc).acknowledge({
      id: `${pack}-VPCDefaultSecurityGroupClosed`,
      reason: 'Nothing is placed in the default security group: the load balancer has its own. Closing it takes a custom-resource Lambda, which this VPC does without.',
    });
  }
  return alb;
}

/** Receives the VPC flow logs and the load balancer's access logs, which ELB delivers only to SSE-S3 buckets. */
function createLogBucket(scope: Construct): s3.Bucket {
  const bucket = new s3.Bucket(scope, 'IntranetLogs', {
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    versioned: true,
    removalPolicy: RemovalPolicy.RETAIN,
    lifecycleRules: [{ expiration: Duration.days(365) }, { noncurrentVersionExpiration: Duration.days(30) }],
  });
  const validations = Validations.of(bucket);
  validations.acknowledge({ id: 'AwsSolutions-S1', reason: 'This bucket is itself the destination of access and flow logs; logging its own access would log the logging.' });
  for (const pack of PACKS) {
    validations.acknowledge({
      id: `${pack}-S3DefaultEncryptionKMS`,
      reason: 'Application Load Balancer access logs are delivered only to buckets encrypted with SSE-S3 (Elastic Load Balancing user guide, access logs bucket requirements).',
    });
    validations.acknowledge({ id: `${pack}-S3BucketReplicationEnabled`, reason: 'Logs kept for a year in one region; replicate if your policy asks for a second copy.' });
    validations.acknowledge({ id: `${pack}-S3BucketLoggingEnabled`, reason: 'This bucket is itself the destination of access and flow logs.' });
  }
  return bucket;
}
