import { App, SecretValue, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import {
  AuthMonitoring, CustomerPortal, EnterpriseSso, EnterpriseUserPool, SaasAuthSystem, SamlAttributeMappingPreset, UserImportPipeline,
} from '../../lib';

// Prints how long each construct takes to synthesize and how large its template is, against
// CloudFormation's per-stack limits of 500 resources and 1 MB.
process.env.CDK_VALIDATION = 'false';

const RUNS = 20;
const CALLBACKS = { callbackUrls: ['https://app.example.com/callback'], logoutUrls: ['https://app.example.com/'] };

const SCENARIOS: Record<string, (scope: Construct) => void> = {
  'EnterpriseUserPool (defaults)': (scope) => new EnterpriseUserPool(scope, 'Users'),
  'EnterpriseUserPool (clients, domain, all triggers)': (scope) => new EnterpriseUserPool(scope, 'Users', {
    mfa: cognito.Mfa.OPTIONAL,
    groups: [{ name: 'employees' }],
    domain: { cognitoDomainPrefix: 'bench-users' },
    appClients: [{ name: 'web', ...CALLBACKS }, { name: 'mobile' }],
    triggers: {
      preSignUp: { allowedDomains: ['example.com'] },
      postConfirmation: { defaultGroup: 'employees' },
      preTokenGeneration: {},
      customMessage: { brandName: 'Bench' },
      userMigration: { verifierUrl: 'https://legacy.example.com/verify' },
      magicLink: { baseUrl: 'https://app.example.com/callback', senderAddress: 'no-reply@example.com' },
    },
  }),
  'SaasAuthSystem (defaults)': (scope) => new SaasAuthSystem(scope, 'Saas', { ...CALLBACKS, domain: { cognitoDomainPrefix: 'bench-saas' } }),
  'EnterpriseSso (SAML + OIDC)': (scope) => new EnterpriseSso(scope, 'Sso', {
    domain: { cognitoDomainPrefix: 'bench-sso' },
    samlProviders: [{ name: 'Adfs', metadataUrl: 'https://adfs.example.com/metadata.xml', preset: SamlAttributeMappingPreset.ADFS }],
    oidcProviders: [{ name: 'Okta', issuerUrl: 'https://example.okta.com', clientId: 'id', clientSecret: SecretValue.secretsManager('okta') }],
    appClients: [{ name: 'web', callbackUrls: CALLBACKS.callbackUrls }],
  }),
  'CustomerPortal (defaults)': (scope) => new CustomerPortal(scope, 'Portal', { ...CALLBACKS, domain: { cognitoDomainPrefix: 'bench-shop' } }),
  'AuthMonitoring (default pool)': (scope) => new AuthMonitoring(scope, 'Monitoring', { enterpriseUserPool: new EnterpriseUserPool(scope, 'Users') }),
  'UserImportPipeline (default pool)': (scope) => new UserImportPipeline(scope, 'Import', { userPool: new EnterpriseUserPool(scope, 'Users').userPool }),
};

function measure(build: (scope: Construct) => void): { ms: number; bytes: number; resources: number } {
  const timings: number[] = [];
  let template: Record<string, any> = {};
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    const stack = new Stack(new App(), 'Bench', { env: { account: '123456789012', region: 'eu-west-1' } });
    build(stack);
    template = Template.fromStack(stack).toJSON();
    timings.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  timings.sort((a, b) => a - b);
  return { ms: timings[Math.floor(RUNS / 2)], bytes: JSON.stringify(template).length, resources: Object.keys(template.Resources).length };
}

console.log(`Synthesis (median of ${RUNS} runs) and template size`);
for (const [name, build] of Object.entries(SCENARIOS)) {
  const { ms, bytes, resources } = measure(build);
  console.log(`  ${name.padEnd(52)} ${ms.toFixed(1).padStart(7)} ms ${String(bytes).padStart(8)} bytes ${String(resources).padStart(4)} resources`);
}
