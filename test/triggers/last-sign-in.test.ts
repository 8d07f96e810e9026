import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { EnterpriseUserPool, EnterpriseUserPoolProps } from '../../lib';
import { CustomerPortal } from '../../lib/customer-portal';
import { EnterpriseSso } from '../../lib/enterprise-sso';
import { POST_AUTHENTICATION_ENV } from '../../lib/private/trigger-environment';
import { SaasAuthSystem } from '../../lib/saas-auth-system';
import { MINIMAL_PORTAL } from '../customer-portal/portal-fixtures';
import { ssoProps } from '../enterprise-sso/fixtures';
import { REDIRECTS } from '../saas-auth-system/saas-fixtures';
import { awsNagErrors } from '../support/nag';
import { testStack } from '../support/test-stack';

const TRACKED: EnterpriseUserPoolProps = { triggers: { lastSignIn: {} } };

function tracked(props: EnterpriseUserPoolProps = TRACKED) {
  const stack = testStack();
  const pool = new EnterpriseUserPool(stack, 'Users', props);
  return { stack, pool, template: Template.fromStack(stack) };
}

/** Every Ref, GetAtt and DependsOn edge between the template's resources. */
function dependencyEdges(template: Template): Map<string, Set<string>> {
  const resources = template.toJSON().Resources as Record<string, { DependsOn?: string | string[] }>;
  const edges = new Map<string, Set<string>>();
  const visit = (from: string, value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach((entry) => visit(from, entry));
    } else if (value && typeof value === 'object') {
      for (const [key, entry] of Object.entries(value)) {
        const target = key === 'Ref' ? entry : key === 'Fn::GetAtt' ? (entry as string[])[0] : undefined;
        if (typeof target === 'string' && target in resources) {
          edges.get(from)!.add(target);
        }
        visit(from, entry);
      }
    }
  };
  for (const [id, resource] of Object.entries(resources)) {
    edges.set(id, new Set([resource.DependsOn ?? []].flat()));
    visit(id, resource);
  }
  return edges;
}

/** A resource path that leads back to where it started, if the template has one. */
function findCycle(edges: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const walk = (id: string, path: string[]): string[] | undefined => {
    if (state.get(id) === 'open') {
      return [...path, id];
    }
    if (state.get(id) === 'done') {
      return undefined;
    }
    state.set(id, 'open');
    for (const next of edges.get(id) ?? []) {
      const cycle = walk(next, [...path, id]);
      if (cycle) {
        return cycle;
      }
    }
    state.set(id, 'done');
    return undefined;
  };
  for (const id of edges.keys()) {
    const cycle = walk(id, []);
    if (cycle) {
      return cycle;
    }
  }
  return undefined;
}

describe('last sign-in tracking on an EnterpriseUserPool', () => {
  const { stack, pool, template } = tracked();
  const tableId = Object.keys(template.findResources('AWS::DynamoDB::Table'))[0];
  const functionId = () => Object.keys(template.findResources('AWS::Lambda::Function', {
    Properties: { Description: Match.stringLikeRegexp('post authentication trigger') },
  }))[0];

  test('one table: key sub, on demand, customer-managed key, point-in-time recovery, retained and deletion-protected', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        KeySchema: [{ AttributeName: 'sub', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'sub', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^UsersTriggersLastSignInKey'), 'Arn'] } },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
      },
    });
    template.hasResource('AWS::KMS::Key', {
      DeletionPolicy: 'Retain',
      Properties: { EnableKeyRotation: true, Description: 'Encrypts the last sign-in table of TestStack/Users/UserPool' },
    });
  });

  test('the post authentication trigger is wired to the pool and told the table and endpoint', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: { PostAuthentication: { 'Fn::GetAtt': [functionId(), 'Arn'] } },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'post authentication trigger (last sign-in tracking) of TestStack/Users/UserPool',
      Timeout: 4,
      LoggingConfig: { LogFormat: 'JSON' },
      Environment: {
        Variables: {
          [POST_AUTHENTICATION_ENV.tableName]: { Ref: tableId },
          [POST_AUTHENTICATION_ENV.endpoint]: { 'Fn::Join': ['', ['https://dynamodb.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }]] },
        },
      },
    });
  });

  test('least privilege: UpdateItem on this table only, the key only through DynamoDB, nothing on the pool', () => {
    const policies = template.findResources('AWS::IAM::ManagedPolicy', {
      Properties: { Description: Match.stringLikeRegexp('post authentication trigger') },
    });
    expect(Object.keys(policies)).toHaveLength(1);
    const statements = Object.values(policies)[0].Properties.PolicyDocument.Statement;
    expect(statements).toEqual([
      expect.objectContaining({ Action: ['logs:CreateLogStream', 'logs:PutLogEvents'] }),
      { Effect: 'Allow', Action: 'dynamodb:UpdateItem', Resource: { 'Fn::GetAtt': [tableId, 'Arn'] } },
      {
        Effect: 'Allow',
        Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
        Resource: { 'Fn::GetAtt': [expect.stringMatching(/^UsersTriggersLastSignInKey/), 'Arn'] },
        Condition: { StringEquals: { 'kms:ViaService': { 'Fn::Join': ['', ['dynamodb.eu-west-1.', { Ref: 'AWS::URLSuffix' }]] } } },
      },
    ]);
    expect(JSON.stringify(statements)).not.toMatch(/UsersUserPool/);
  });

  test('no dependency cycle between the pool, the trigger, its policy and the table', () => {
    // The search itself finds a cycle where there is one.
    expect(findCycle(new Map([['Pool', new Set(['Fn'])], ['Fn', new Set(['Policy'])], ['Policy', new Set(['Pool'])]]))).toEqual(['Pool', 'Fn', 'Policy', 'Pool']);
    expect(findCycle(dependencyEdges(template))).toBeUndefined();
  });

  test('the table is exposed on the pool and on its triggers', () => {
    expect(pool.lastSignInTable).toBeDefined();
    expect(pool.lastSignInTable).toBe(pool.triggers?.lastSignInTable);
    expect(stack.resolve(pool.lastSignInTable!.tableName)).toEqual({ Ref: tableId });
    expect(pool.triggers?.postAuthenticationFunction).toBeInstanceOf(lambda.Function);
  });

  test('the four AWS nag packs report nothing', () => {
    expect(awsNagErrors(stack)).toEqual([]);
  });

  test('the new resources are pinned by a snapshot', () => {
    const resources = template.toJSON().Resources as Record<string, { Type: string }>;
    const added = Object.fromEntries(Object.entries(resources).filter(([id]) => /LastSignIn|PostAuthentication/.test(id)));
    expect(Object.keys(added).sort()).toEqual(expect.arrayContaining([tableId, functionId()]));
    expect(added).toMatchSnapshot();
  });
});

describe('last sign-in tracking off', () => {
  test('by default: no table, no post authentication trigger, nothing exposed', () => {
    const { pool, template } = tracked({});
    template.resourceCountIs('AWS::DynamoDB::Table', 0);
    expect(JSON.stringify(template.findResources('AWS::Cognito::UserPool'))).not.toMatch(/PostAuthentication/);
    expect(pool.lastSignInTable).toBeUndefined();
  });

  test('with other triggers on, the only difference is the table, its key, the trigger and its invoke permission', () => {
    const other = tracked({ triggers: { preSignUp: {} } }).template.toJSON().Resources as object;
    const both = tracked({ triggers: { preSignUp: {}, lastSignIn: {} } }).template.toJSON().Resources as object;
    const added = Object.keys(both).filter((id) => !(id in other));
    expect(Object.keys(other).filter((id) => !(id in both))).toEqual([]);
    expect(added.filter((id) => !/^Users(Triggers(LastSignIn|PostAuthentication)|UserPoolPostAuthenticationCognito)/.test(id))).toEqual([]);
  });
});

describe('last sign-in tracking options', () => {
  test('a given key encrypts the table and no key is created', () => {
    const stack = testStack();
    const key = new kms.Key(stack, 'OwnKey', { enableKeyRotation: true });
    new EnterpriseUserPool(stack, 'Users', { triggers: { lastSignIn: { encryptionKey: key } } });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      SSESpecification: { KMSMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^OwnKey'), 'Arn'] } },
    });
    expect(Object.keys(template.findResources('AWS::KMS::Key')).filter((id) => /LastSignInKey/.test(id))).toEqual([]);
  });

  test('DESTROY deletes the table and its key with the stack and turns deletion protection off', () => {
    const { template } = tracked({ triggers: { lastSignIn: { removalPolicy: RemovalPolicy.DESTROY } } });
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Delete', Properties: { DeletionProtectionEnabled: false } });
    template.hasResource('AWS::KMS::Key', { DeletionPolicy: 'Delete', Properties: { Description: Match.stringLikeRegexp('last sign-in') } });
  });

  test('your own post authentication function alongside is rejected at synth, naming the rule, prop and function', () => {
    const stack = testStack();
    const own = new lambda.Function(stack, 'OwnPostAuth', {
      runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async (e) => e;'),
    });
    expect(() => new EnterpriseUserPool(stack, 'Users', { lambdaTriggers: { postAuthentication: own }, triggers: { lastSignIn: {} } }))
      .toThrow(/\[CE-TRIGGER-POST-AUTHENTICATION\] TestStack\/Users: lambdaTriggers.postAuthentication is "TestStack\/OwnPostAuth" — triggers.lastSignIn takes the post authentication trigger/);
  });

  test('your own post authentication function without tracking is wired as before', () => {
    const stack = testStack();
    const own = new lambda.Function(stack, 'OwnPostAuth', {
      runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async (e) => e;'),
    });
    new EnterpriseUserPool(stack, 'Users', { lambdaTriggers: { postAuthentication: own } });
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: { PostAuthentication: { 'Fn::GetAtt': [Match.stringLikeRegexp('^OwnPostAuth'), 'Arn'] } },
    });
  });
});

describe('the scenario constructs pass triggers.lastSignIn through to their pool', () => {
  const expectTracked = (stack: Stack, pool: EnterpriseUserPool) => {
    expect(pool.lastSignInTable).toBeDefined();
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResourceProperties('AWS::Cognito::UserPool', { LambdaConfig: { PostAuthentication: Match.anyValue() } });
  };

  test('SaasAuthSystem, beside its own SaaS triggers', () => {
    const stack = testStack();
    const system = new SaasAuthSystem(stack, 'Auth', { ...REDIRECTS, triggers: { lastSignIn: {} } });
    expectTracked(stack, system.pool);
    expect(system.pool.triggers?.preSignUpFunction).toBeDefined();
  });

  test('EnterpriseSso', () => {
    const stack = testStack();
    const sso = new EnterpriseSso(stack, 'Sso', ssoProps({ triggers: { lastSignIn: {} } }));
    expectTracked(stack, sso.pool);
  });

  test('CustomerPortal', () => {
    const stack = testStack();
    const portal = new CustomerPortal(stack, 'Portal', { ...MINIMAL_PORTAL, triggers: { lastSignIn: {} } });
    expectTracked(stack, portal.pool);
  });
});
