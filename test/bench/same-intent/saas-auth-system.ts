import * as path from 'path';
import { ArnFormat, CfnOutput, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as identitypool from 'aws-cdk-lib/aws-cognito-identitypool';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { handWrittenClient, handWrittenDomain, handWrittenPool, writableAttributes } from './hand-written-pool';
import { CALLBACKS, SameIntentScenario } from './scenario';
import { SaasAuthSystem } from '../../../lib';

const ASSETS = path.join(__dirname, '..', '..', '..', 'assets', 'lambda');

interface HandWrittenTrigger {
  readonly fn: lambda.Function;
  readonly policy: iam.ManagedPolicy;
}

/** A trigger as a careful engineer deploys it: own role, customer-managed policy, encrypted log group with retention. */
function trigger(scope: Construct, id: string, key: kms.IKey, environment: { [name: string]: string }): HandWrittenTrigger {
  const role = new iam.Role(scope, `${id}Role`, {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    description: `Execution role of ${id}`,
  });
  const logGroup = new logs.LogGroup(scope, `${id}Logs`, {
    encryptionKey: key, retention: logs.RetentionDays.ONE_YEAR, removalPolicy: RemovalPolicy.RETAIN,
  });
  const fn = new lambda.Function(scope, `${id}Function`, {
    description: `${id} trigger`,
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromAsset(path.join(ASSETS, `${id.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.lambda`)),
    role,
    memorySize: 256,
    timeout: Duration.seconds(4),
    loggingFormat: lambda.LoggingFormat.JSON,
    logGroup,
    environment: { ...environment, AWS_NODEJS_CONNECTION_REUSE_ENABLED: '1' },
  });
  const policy = new iam.ManagedPolicy(scope, `${id}Policy`, {
    description: `Least-privilege policy of ${id}`,
    roles: [role],
    statements: [new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] })],
  });
  return { fn, policy };
}

/** Multi-tenant SaaS: self sign-up, tenant triggers, web and mobile clients, an identity pool tagging sessions by tenant. */
export const SAAS_AUTH_SYSTEM: SameIntentScenario = {
  name: 'SaasAuthSystem',
  library: (scope) => new SaasAuthSystem(scope, 'Saas', { ...CALLBACKS, domain: { cognitoDomainPrefix: 'bench-saas' } }),
  handWritten: (scope) => {
    const key = new kms.Key(scope, 'LogEncryptionKey', {
      description: 'Encrypts the trigger log groups', enableKeyRotation: true, removalPolicy: RemovalPolicy.RETAIN,
    });
    const stack = Stack.of(scope);
    const logGroupArns = stack.formatArn({ service: 'logs', resource: 'log-group', resourceName: '*', arnFormat: ArnFormat.COLON_RESOURCE_NAME });
    key.addToResourcePolicy(new iam.PolicyStatement({
      principals: [new iam.ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
      actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
      resources: ['*'],
      conditions: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': logGroupArns } },
    }));
    const preSignUp = trigger(scope, 'PreSignUp', key, { REQUIRED_ATTRIBUTES: 'custom:company_name', BLOCK_EXTERNAL_PROVIDERS: 'false' });
    const postConfirmation = trigger(scope, 'PostConfirmation', key, {
      TENANT_ATTRIBUTE: 'custom:tenant_id', TRIGGER_SOURCES: 'PostConfirmation_ConfirmSignUp',
    });
    const preToken = trigger(scope, 'PreTokenGeneration', key, { TENANT_ATTRIBUTE: 'custom:tenant_id', TIER_ATTRIBUTE: 'custom:subscription_tier' });
    const pool = handWrittenPool(scope, {
      selfSignUp: true,
      mfa: cognito.Mfa.OPTIONAL,
      minLength: 14,
      tempPasswordDays: 3,
      signInAliases: { username: true, email: true },
      customAttributes: {
        company_name: new cognito.StringAttribute({ minLen: 1, maxLen: 256, mutable: true }),
        subscription_tier: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
        tenant_id: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: false }),
      },
      lambdaTriggers: { preSignUp: preSignUp.fn, postConfirmation: postConfirmation.fn },
    });
    pool.addTrigger(cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, preToken.fn, cognito.LambdaVersion.V2_0);
    // A separate statement on the pool ARN: on the function's role it would make a cycle.
    postConfirmation.policy.addStatements(new iam.PolicyStatement({ actions: ['cognito-idp:AdminAddUserToGroup'], resources: [pool.userPoolArn] }));
    handWrittenDomain(scope, pool, 'bench-saas');
    const writeAttributes = writableAttributes('company_name');
    const web = handWrittenClient(scope, pool, { name: 'web', ...CALLBACKS, generateSecret: true, writeAttributes });
    const mobile = handWrittenClient(scope, pool, { name: 'mobile', writeAttributes });
    const identityPool = new identitypool.IdentityPool(scope, 'IdentityPool', {
      allowUnauthenticatedIdentities: false,
      allowClassicFlow: false,
      authenticationProviders: {
        userPools: [
          new identitypool.UserPoolAuthenticationProvider({ userPool: pool, userPoolClient: web }),
          new identitypool.UserPoolAuthenticationProvider({ userPool: pool, userPoolClient: mobile }),
        ],
      },
    });
    // Principal tags reach the session only if the trust policy lets Cognito tag it.
    (identityPool.authenticatedRole as iam.Role).assumeRolePolicy?.addStatements(new iam.PolicyStatement({
      actions: ['sts:TagSession'],
      principals: [new iam.FederatedPrincipal('cognito-identity.amazonaws.com')],
      conditions: {
        'StringEquals': { 'cognito-identity.amazonaws.com:aud': identityPool.identityPoolId },
        'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
      },
    }));
    new cognito.CfnIdentityPoolPrincipalTag(scope, 'PrincipalTags', {
      identityPoolId: identityPool.identityPoolId,
      identityProviderName: pool.userPoolProviderName,
      principalTags: { tenant_id: 'custom:tenant_id', subscription_tier: 'custom:subscription_tier' },
      useDefaults: false,
    });
    new CfnOutput(scope, 'IdentityPoolId', { value: identityPool.identityPoolId, description: 'Identity pool id' });
  },
};
