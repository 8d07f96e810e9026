import { Match, Template } from 'aws-cdk-lib/assertions';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUrlIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { protectingPool } from './fixtures';

describe('REST API authorizer', () => {
  test('accepts the pool\'s tokens and guards methods, with scopes where given', () => {
    const { stack, pool } = protectingPool();
    const api = new apigateway.RestApi(stack, 'Api');
    const authorizer = pool.restApiAuthorizer(stack, 'Authorizer');
    api.root.addResource('orders').addMethod('GET', new apigateway.MockIntegration(), pool.restApiMethodOptions(authorizer, ['orders/read']));
    api.root.addMethod('GET', new apigateway.MockIntegration(), pool.restApiMethodOptions(authorizer));

    const template = Template.fromStack(stack);
    const poolId = stack.getLogicalId(pool.userPool.node.defaultChild as never);
    template.hasResourceProperties('AWS::ApiGateway::Authorizer', {
      Type: 'COGNITO_USER_POOLS',
      IdentitySource: 'method.request.header.Authorization',
      ProviderARNs: [{ 'Fn::GetAtt': [poolId, 'Arn'] }],
    });
    template.hasResourceProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'GET',
      AuthorizationType: 'COGNITO_USER_POOLS',
      AuthorizationScopes: ['orders/read'],
      ResourceId: { Ref: Match.stringLikeRegexp('Apiorders') },
    });
    template.hasResourceProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'GET',
      AuthorizationType: 'COGNITO_USER_POOLS',
      AuthorizationScopes: Match.absent(),
      ResourceId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Api'), 'RootResourceId'] },
    });
  });
});

describe('HTTP API authorizer', () => {
  test('trusts the pool\'s issuer with every app client as the audience by default, and routes carry scopes', () => {
    const { stack, pool } = protectingPool();
    const api = new apigwv2.HttpApi(stack, 'Api');
    api.addRoutes({
      path: '/orders',
      methods: [apigwv2.HttpMethod.GET],
      integration: new HttpUrlIntegration('Orders', 'https://orders.example.com'),
      authorizer: pool.httpApiAuthorizer('Authorizer'),
      authorizationScopes: ['orders/read'],
    });

    const template = Template.fromStack(stack);
    const clientIds = ['web', 'mobile'].map((name) => ({ Ref: stack.getLogicalId(pool.appClients[name].node.defaultChild as never) }));
    const poolId = stack.getLogicalId(pool.userPool.node.defaultChild as never);
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: {
        Audience: clientIds,
        Issuer: { 'Fn::Join': ['', ['https://cognito-idp.eu-west-1.amazonaws.com/', { Ref: poolId }]] },
      },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /orders', AuthorizationType: 'JWT', AuthorizationScopes: ['orders/read'] });
  });

  test('an explicit client list narrows the audience', () => {
    const { stack, pool } = protectingPool();
    const api = new apigwv2.HttpApi(stack, 'Api');
    api.addRoutes({
      path: '/me',
      integration: new HttpUrlIntegration('Me', 'https://me.example.com'),
      authorizer: pool.httpApiAuthorizer('Authorizer', { userPoolClients: [pool.appClients.web] }),
    });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      JwtConfiguration: { Audience: [{ Ref: stack.getLogicalId(pool.appClients.web.node.defaultChild as never) }] },
    });
  });

  test('a pool without app clients and no client list fails at synth', () => {
    const { pool } = protectingPool({ appClients: [] });
    expect(() => pool.httpApiAuthorizer('Authorizer')).toThrow(/\[CE-API-HTTP-AUDIENCE\].*userPoolClients/);
  });
});
