import { Template } from 'aws-cdk-lib/assertions';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { APP_RESPONSE, CERTIFICATE_ARN, loadBalancer, protectingPool } from './fixtures';

describe('ALB sign-in action', () => {
  test('signs users in through a confidential client whose callback is the HTTPS domain, and opens HTTPS egress', () => {
    const { stack, pool } = protectingPool();
    const alb = loadBalancer(stack);
    alb.addListener('Https', {
      port: 443,
      certificates: [elbv2.ListenerCertificate.fromArn(CERTIFICATE_ARN)],
      defaultAction: pool.albAuthenticateAction(stack, 'alb', { loadBalancer: alb, domainName: 'intranet.example.com', next: APP_RESPONSE, scopes: ['email'] }),
    });

    const template = Template.fromStack(stack);
    const poolId = stack.getLogicalId(pool.userPool.node.defaultChild as never);
    const clientId = stack.getLogicalId(pool.appClients.alb.node.defaultChild as never);
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'alb',
      GenerateSecret: true,
      CallbackURLs: ['https://intranet.example.com/oauth2/idpresponse'],
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email'],
    });
    template.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
      Protocol: 'HTTPS',
      DefaultActions: [
        {
          Type: 'authenticate-cognito',
          Order: 1,
          AuthenticateCognitoConfig: {
            UserPoolArn: { 'Fn::GetAtt': [poolId, 'Arn'] },
            UserPoolClientId: { Ref: clientId },
            UserPoolDomain: { Ref: stack.getLogicalId(pool.domain!.node.defaultChild as never) },
            Scope: 'openid email',
          },
        },
        { Type: 'fixed-response', Order: 2, FixedResponseConfig: { StatusCode: '200', ContentType: 'text/plain', MessageBody: 'hello' } },
      ],
    });
    template.hasResourceProperties('AWS::EC2::SecurityGroup', {
      SecurityGroupEgress: [{ CidrIp: '0.0.0.0/0', IpProtocol: 'tcp', FromPort: 443, ToPort: 443, Description: 'Allow to IdP endpoint' }],
    });
  });

  test('without a domain name the HTTPS listener\'s load balancer DNS name is the callback host', () => {
    const { stack, pool } = protectingPool();
    const alb = loadBalancer(stack);
    alb.addListener('Https', {
      port: 443,
      certificates: [elbv2.ListenerCertificate.fromArn(CERTIFICATE_ARN)],
      defaultAction: pool.albAuthenticateAction(stack, 'alb', { loadBalancer: alb, next: APP_RESPONSE }),
    });
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      CallbackURLs: [{ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [stack.getLogicalId(alb.node.defaultChild as never), 'DNSName'] }, '/oauth2/idpresponse']] }],
    });
  });

  test.each([
    ['a pool without a hosted domain', 'CE-API-ALB-HOSTED-DOMAIN', { domain: undefined }, { domainName: 'intranet.example.com' }],
    ['neither a domain name nor a load balancer', 'CE-API-ALB-CALLBACK', {}, {}],
    ['a domain name with a scheme', 'CE-API-ALB-CALLBACK', {}, { domainName: 'https://intranet.example.com' }],
  ])('%s fails at synth', (_case, ruleId, poolProps, actionOptions) => {
    const { stack, pool } = protectingPool(poolProps);
    expect(() => pool.albAuthenticateAction(stack, 'alb', { next: APP_RESPONSE, ...actionOptions })).toThrow(new RegExp(`\\[${ruleId}\\]`));
  });

  test('a client without a secret fails at synth', () => {
    const { stack, pool } = protectingPool();
    expect(() => pool.albAuthenticateAction(stack, 'alb', { domainName: 'intranet.example.com', next: APP_RESPONSE, userPoolClient: pool.appClients.web }))
      .toThrow(/\[CE-API-ALB-CLIENT-SECRET\].*userPoolClient/);
  });

  test('a load balancer whose only listener is HTTP fails when synthesized', () => {
    const { stack, pool } = protectingPool();
    const alb = loadBalancer(stack);
    alb.addListener('Http', { port: 80, open: false, defaultAction: pool.albAuthenticateAction(stack, 'alb', { loadBalancer: alb, next: APP_RESPONSE }) });
    expect(() => Template.fromStack(stack)).toThrow(/\[CE-API-ALB-CALLBACK\].*loadBalancer is .*no HTTPS listener/);
  });
});

describe('AppSync authorization mode', () => {
  test('accepts the pool\'s tokens, narrowed to the clients the regex matches', () => {
    const { stack, pool } = protectingPool();
    new appsync.GraphqlApi(stack, 'Api', {
      name: 'orders',
      definition: appsync.Definition.fromSchema(appsync.SchemaFile.fromAsset(`${__dirname}/schema.graphql`)),
      authorizationConfig: { defaultAuthorization: pool.appSyncAuthorization({ appIdClientRegex: '^web$', defaultAction: appsync.UserPoolDefaultAction.DENY }) },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::AppSync::GraphQLApi', {
      AuthenticationType: 'AMAZON_COGNITO_USER_POOLS',
      UserPoolConfig: {
        UserPoolId: { Ref: stack.getLogicalId(pool.userPool.node.defaultChild as never) },
        AwsRegion: 'eu-west-1',
        AppIdClientRegex: '^web$',
        DefaultAction: 'DENY',
      },
    });
  });
});
