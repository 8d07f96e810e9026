import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUrlIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { EnterpriseUserPool } from '../lib';

const PACKS = ['HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321'];

/**
 * An HTTP API and a REST API that only the pool's users reach: each answers GET /orders to an
 * access token that grants `scope`. Both log every request to an encrypted log group; the REST
 * API also validates requests, traces with X-Ray and sits behind a WAF web ACL.
 */
export function protectedOrdersApis(scope: Construct, pool: EnterpriseUserPool, scopes: string[], key: kms.IKey, webAcl: wafv2.CfnWebACL): void {
  const accessLogs = new logs.LogGroup(scope, 'ApiAccessLogs', { encryptionKey: key, retention: logs.RetentionDays.ONE_YEAR, removalPolicy: RemovalPolicy.RETAIN });

  const httpApi = new apigwv2.HttpApi(scope, 'OrdersHttpApi', { createDefaultStage: false });
  new apigwv2.HttpStage(scope, 'OrdersHttpStage', {
    httpApi, autoDeploy: true, accessLogSettings: { destination: new apigwv2.LogGroupLogDestination(accessLogs) },
  });
  httpApi.addRoutes({
    path: '/orders',
    methods: [apigwv2.HttpMethod.GET],
    integration: new HttpUrlIntegration('OrdersBackend', 'https://orders.example.com/orders'),
    authorizer: pool.httpApiAuthorizer('OrdersHttpAuthorizer'),
    authorizationScopes: scopes,
  });

  const restApi = new apigateway.RestApi(scope, 'OrdersRestApi', {
    cloudWatchRole: true,
    cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
    deployOptions: {
      accessLogDestination: new apigateway.LogGroupLogDestination(accessLogs),
      accessLogFormat: apigateway.AccessLogFormat.jsonWithStandardFields(),
      loggingLevel: apigateway.MethodLoggingLevel.ERROR,
      tracingEnabled: true,
    },
  });
  const requestValidator = restApi.addRequestValidator('ValidateRequests', { validateRequestBody: true, validateRequestParameters: true });
  const mock = new apigateway.MockIntegration({
    requestTemplates: { 'application/json': '{"statusCode": 200}' },
    integrationResponses: [{ statusCode: '200', responseTemplates: { 'application/json': '{"orders": []}' } }],
  });
  restApi.root.addResource('orders').addMethod('GET', mock, {
    ...pool.restApiMethodOptions(pool.restApiAuthorizer(scope, 'OrdersRestAuthorizer'), scopes),
    requestValidator,
    methodResponses: [{ statusCode: '200' }],
  });
  new wafv2.CfnWebACLAssociation(scope, 'OrdersApiWebAclAssociation', { resourceArn: restApi.deploymentStage.stageArn, webAclArn: webAcl.attrArn });

  acknowledgeRestApiFindings(restApi);
}

/** What the example cannot do for the REST API, with the reason a reviewer can check. */
function acknowledgeRestApiFindings(restApi: apigateway.RestApi): void {
  const stage = Validations.of(restApi.deploymentStage);
  for (const pack of PACKS) {
    stage.acknowledge({
      id: `${pack}-APIGWCacheEnabledAndEncrypted`,
      reason: 'GET /orders answers per caller; a stage cache keyed without the Authorization header would serve one user\'s orders to another.',
    });
    stage.acknowledge({ id: `${pack}-APIGWSSLEnabled`, reason: 'The integration is a mock: there is no backend to present a client certificate to.' });
  }
  Validations.of(restApi.node.findChild('CloudWatchRole')).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
    reason: 'API Gateway\'s account-wide logging role uses AmazonAPIGatewayPushToCloudWatchLogs, the managed policy written for exactly this role.',
  });
}
