import { App, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { CognitoResourceChange, CognitoUpgradeGuard } from '../../lib/upgrade-guard';

/** Synthesizes one version of an app's auth stack. */
function synth(build: (stack: Stack) => void): any {
  const stack = new Stack(new App(), 'Auth');
  build(stack);
  return Template.fromStack(stack).toJSON();
}

function logicalIdOf(template: any, resourceType: string): string {
  const ids = Object.keys(template.Resources).filter((id) => template.Resources[id].Type === resourceType);
  expect(ids).toHaveLength(1);
  return ids[0];
}

describe('CognitoUpgradeGuard.compare', () => {
  test('flipping GenerateSecret replaces the client', () => {
    const before = synth((stack) => new cognito.UserPool(stack, 'Pool').addClient('Web', { generateSecret: false }));
    const after = synth((stack) => new cognito.UserPool(stack, 'Pool').addClient('Web', { generateSecret: true }));

    const { findings } = CognitoUpgradeGuard.compare(before, after);

    expect(findings).toEqual([{
      logicalId: logicalIdOf(before, 'AWS::Cognito::UserPoolClient'),
      resourceType: 'AWS::Cognito::UserPoolClient',
      change: CognitoResourceChange.REPLACE,
      causes: ['GenerateSecret'],
      message: expect.stringMatching(/create-only property GenerateSecret changed.*client ID and secret/),
    }]);
  });

  test('a pool whose logical ID changes is deleted, and its clients with it', () => {
    const before = synth((stack) => new cognito.UserPool(stack, 'Pool', { removalPolicy: RemovalPolicy.DESTROY }).addClient('Web'));
    const after = synth((stack) => new cognito.UserPool(stack, 'UserPool', { removalPolicy: RemovalPolicy.DESTROY }).addClient('Web'));
    const oldPool = logicalIdOf(before, 'AWS::Cognito::UserPool');
    const newPool = logicalIdOf(after, 'AWS::Cognito::UserPool');

    const { findings } = CognitoUpgradeGuard.compare(before, after);

    expect(findings.map((f) => [f.resourceType, f.logicalId, f.change])).toEqual([
      ['AWS::Cognito::UserPool', oldPool, CognitoResourceChange.DELETE],
      ['AWS::Cognito::UserPoolClient', logicalIdOf(before, 'AWS::Cognito::UserPoolClient'), CognitoResourceChange.DELETE],
    ].sort((a, b) => a[1].localeCompare(b[1])));
    const poolFinding = findings.find((f) => f.logicalId === oldPool);
    expect(poolFinding?.message).toMatch(/deletes it and with it every user in it/);
    expect(poolFinding?.message).toContain(`adds AWS::Cognito::UserPool ${newPool}`);
  });

  test('a client whose pool moves is replaced through its UserPoolId', () => {
    const before = synth((stack) => {
      const pool = new cognito.CfnUserPool(stack, 'Pool');
      new cognito.CfnUserPoolClient(stack, 'Client', { userPoolId: pool.ref });
    });
    const after = synth((stack) => {
      const pool = new cognito.CfnUserPool(stack, 'NewPool');
      new cognito.CfnUserPoolClient(stack, 'Client', { userPoolId: pool.ref });
    });

    const { findings } = CognitoUpgradeGuard.compare(before, after);

    expect(findings.map((f) => [f.logicalId, f.change, f.causes])).toEqual([
      ['Client', CognitoResourceChange.REPLACE, ['UserPoolId']],
      ['Pool', CognitoResourceChange.DELETE, []],
    ]);
  });

  test('changing token validity is an update, not a replacement: nothing is reported', () => {
    const before = synth((stack) => new cognito.UserPool(stack, 'Pool').addClient('Web', { refreshTokenValidity: Duration.days(30) }));
    const after = synth((stack) => new cognito.UserPool(stack, 'Pool').addClient('Web', {
      refreshTokenValidity: Duration.days(7),
      accessTokenValidity: Duration.minutes(15),
    }));

    expect(CognitoUpgradeGuard.compare(before, after)).toEqual({ findings: [] });
  });

  test('a retained pool that leaves the template is orphaned, not deleted', () => {
    const before = synth((stack) => new cognito.UserPool(stack, 'Pool'));
    const after = synth(() => undefined);

    const { findings } = CognitoUpgradeGuard.compare(before, after);

    expect(findings).toEqual([{
      logicalId: logicalIdOf(before, 'AWS::Cognito::UserPool'),
      resourceType: 'AWS::Cognito::UserPool',
      change: CognitoResourceChange.ORPHAN,
      causes: [],
      message: expect.stringMatching(/DeletionPolicy is Retain, so CloudFormation keeps it and its data and stops managing it/),
    }]);
  });

  test('a replaced resource with UpdateReplacePolicy Retain keeps the old one', () => {
    const withDomain = (prefix: string) => synth((stack) => {
      const pool = new cognito.UserPool(stack, 'Pool');
      const domain = pool.addDomain('Domain', { cognitoDomain: { domainPrefix: prefix } });
      domain.applyRemovalPolicy(RemovalPolicy.RETAIN);
    });

    const { findings } = CognitoUpgradeGuard.compare(withDomain('acme-old'), withDomain('acme-new'));

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ resourceType: 'AWS::Cognito::UserPoolDomain', change: CognitoResourceChange.REPLACE, causes: ['Domain'] });
    expect(findings[0].message).toMatch(/keeps the old one \(UpdateReplacePolicy Retain\)/);
  });

  test('a changed resource type replaces the resource', () => {
    const before = { Resources: { Thing: { Type: 'AWS::Cognito::UserPoolGroup', Properties: { UserPoolId: 'p' } } } };
    const after = { Resources: { Thing: { Type: 'AWS::Cognito::UserPoolResourceServer', Properties: { UserPoolId: 'p' } } } };
    expect(CognitoUpgradeGuard.compare(before, after).findings[0]).toMatchObject({ change: CognitoResourceChange.REPLACE, causes: ['Type'] });
  });

  test('resources of other services and property order are ignored', () => {
    const before = { Resources: { Bucket: { Type: 'AWS::S3::Bucket' }, Group: { Type: 'AWS::Cognito::UserPoolGroup', Properties: { UserPoolId: { Ref: 'Pool' }, GroupName: 'admins' } } } };
    const after = { Resources: { Group: { Type: 'AWS::Cognito::UserPoolGroup', Properties: { GroupName: 'admins', UserPoolId: { Ref: 'Pool' } } } } };
    expect(CognitoUpgradeGuard.compare(before, after).findings).toEqual([]);
  });

  test.each([
    ['before', null, {}],
    ['after', {}, 'template.json'],
    ['after', {}, []],
  ])('rejects a %s that is not a template', (argument, before, after) => {
    expect(() => CognitoUpgradeGuard.compare(before, after)).toThrow(new RegExp(`^${argument} must be a synthesized CloudFormation template object`));
  });

  test('rejects a Resources section that is not an object', () => {
    expect(() => CognitoUpgradeGuard.compare({ Resources: [] }, {})).toThrow(/before.Resources must be an object .*\(received: an array\)/);
  });
});

describe('CognitoUpgradeGuard.assertNoDataLoss', () => {
  const before = synth((stack) => new cognito.UserPool(stack, 'Pool', { removalPolicy: RemovalPolicy.DESTROY }));
  const after = synth((stack) => new cognito.UserPool(stack, 'RenamedPool', { removalPolicy: RemovalPolicy.DESTROY }));
  const poolId = logicalIdOf(before, 'AWS::Cognito::UserPool');

  test('throws with a message listing each finding', () => {
    expect(() => CognitoUpgradeGuard.assertNoDataLoss(before, after)).toThrow(
      new RegExp(`would replace, delete, orphan or fail to update 1 Cognito resource\\(s\\):\\n  - DELETE ${poolId} \\(AWS::Cognito::UserPool\\): .*every user in it`),
    );
  });

  test('passes when nothing is lost', () => {
    expect(() => CognitoUpgradeGuard.assertNoDataLoss(before, before)).not.toThrow();
  });

  test('passes when every finding was accepted', () => {
    expect(() => CognitoUpgradeGuard.assertNoDataLoss(before, after, { acceptedLogicalIds: [poolId] })).not.toThrow();
  });
});
