import * as path from 'path';
import * as ts from 'typescript';
import { CUSTOMER_PORTAL_SHAPE } from '../../../lib/customer-portal/input-shapes';
import { ENTERPRISE_SSO_SHAPE } from '../../../lib/enterprise-sso/input-shapes';
import { ENTERPRISE_USER_POOL_SHAPE } from '../../../lib/enterprise-user-pool/input-shapes';
import { AUTH_MONITORING_SHAPE } from '../../../lib/monitoring/input-shapes';
import { INACTIVE_USER_POLICY_SHAPE, USER_ANALYTICS_SHAPE, USER_IMPORT_PIPELINE_SHAPE } from '../../../lib/operations/input-shapes';
import { FieldShape, StructShape } from '../../../lib/private/validation/shapes/shape';
import { SAAS_AUTH_SYSTEM_SHAPE } from '../../../lib/saas-auth-system/input-shapes';
import { coreOnlyRootPaths } from '../../support/core-only-root';

const ROOT = path.join(__dirname, '..', '..', '..');

/** Every struct reachable from the constructs' props, each once. */
function reachableStructs(roots: StructShape[]): StructShape[] {
  const seen = new Map<string, StructShape>();
  const visitField = (field: FieldShape): void => {
    if (field.of) {
      visitField(field.of);
    }
    if (field.struct) {
      visit(field.struct);
    }
  };
  const visit = (shape: StructShape): void => {
    if (!seen.has(`${shape.module}:${shape.name}`)) {
      seen.set(`${shape.module}:${shape.name}`, shape);
      Object.values(shape.fields).forEach(visitField);
    }
  };
  roots.forEach(visit);
  return [...seen.values()];
}

/** The property names of each exported interface, inherited ones included, read with the TypeScript compiler. */
function interfaceKeys(): (module: StructShape['module'], name: string) => string[] | undefined {
  const index = path.join(ROOT, 'lib', 'index.ts');
  const program = ts.createProgram([index], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    skipLibCheck: true,
    noEmit: true,
    // A struct built on a type the root would no longer give would show as drift.
    paths: coreOnlyRootPaths(ROOT),
  });
  const checker = program.getTypeChecker();
  const exportsOf = (file: ts.SourceFile | undefined) => new Map(checker.getExportsOfModule(checker.getSymbolAtLocation(file!)!)
    .map((symbol) => [symbol.name, symbol]));
  const modules = {
    'lib': exportsOf(program.getSourceFile(index)),
    'aws-cognito': exportsOf(program.getSourceFiles().find((file) => file.fileName.endsWith('aws-cdk-lib/aws-cognito/index.d.ts'))),
  };
  return (module, name) => {
    const symbol = modules[module].get(name);
    return symbol && checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol)).map((property) => property.name).sort();
  };
}

describe('the declared key lists match the TypeScript interfaces', () => {
  const structs = reachableStructs([
    ENTERPRISE_USER_POOL_SHAPE, ENTERPRISE_SSO_SHAPE, SAAS_AUTH_SYSTEM_SHAPE, CUSTOMER_PORTAL_SHAPE,
    AUTH_MONITORING_SHAPE, USER_IMPORT_PIPELINE_SHAPE, USER_ANALYTICS_SHAPE, INACTIVE_USER_POLICY_SHAPE,
  ]);
  let keysOf: ReturnType<typeof interfaceKeys>;
  beforeAll(() => {
    keysOf = interfaceKeys();
  }, 180_000);

  test('every construct\'s props and their list entries are covered', () => {
    expect(structs.map(({ name }) => name)).toEqual(expect.arrayContaining([
      'EnterpriseUserPoolProps', 'EnterpriseAppClientOptions', 'PoolGroupOptions', 'HostedDomainOptions', 'PasswordlessOptions',
      'PoolOutputsOptions', 'BundledTriggersOptions', 'MagicLinkTriggerOptions', 'EnterpriseSsoProps', 'SamlProviderOptions',
      'OidcProviderOptions', 'SaasAuthSystemProps', 'CustomerPortalProps', 'SocialProviderOptions', 'PasswordPolicy', 'AllowedFirstAuthFactors',
      'ResourceServerOptions', 'ResourceServerScopeProps', 'MachineClientOptions',
      'AuthMonitoringProps', 'AuthAlarmOptions', 'ActivityLogOptions', 'UserImportPipelineProps', 'UserAnalyticsProps', 'InactiveUserPolicyProps',
    ]));
  });

  test('no list drifts from its interface', () => {
    const drift = structs
      .map((shape) => ({ shape: `${shape.module}:${shape.name}`, declared: Object.keys(shape.fields).sort(), actual: keysOf(shape.module, shape.name) }))
      .filter(({ declared, actual }) => JSON.stringify(declared) !== JSON.stringify(actual));
    expect(drift).toEqual([]);
  });
});
