import * as fs from 'fs';
import * as path from 'path';
import { awscdk, DependencyType, javascript, JsonFile } from 'projen';
import { recommendedFeatureFlags } from './projenrc/recommended-feature-flags';

const project = new awscdk.AwsCdkConstructLibrary({
  name: 'cdk-cognito-enterprise',
  description:
    'Production-grade Amazon Cognito for AWS CDK: hardened user pools, multi-tenant SaaS auth, enterprise SAML/OIDC SSO and customer portals, with bundled triggers and synth-time checks.',
  author: 'cdk-cognito-enterprise maintainers',
  authorAddress: 'maintainers@cdk-cognito-enterprise.dev',
  repositoryUrl: 'https://github.com/cdk-cognito-enterprise/cdk-cognito-enterprise.git',
  homepage: 'https://github.com/cdk-cognito-enterprise/cdk-cognito-enterprise#readme',
  bugsUrl: 'https://github.com/cdk-cognito-enterprise/cdk-cognito-enterprise/issues',
  keywords: ['aws-cdk', 'awscdk', 'cdk', 'cognito', 'authentication', 'saml', 'oidc', 'sso', 'multi-tenant', 'cdk-nag'],
  license: 'Apache-2.0',
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  // Node.js releases that both jsii and AWS Lambda still support: Node 20 left both in 2026.
  minNodeVersion: '22.0.0',
  workflowNodeVersion: '22.x',

  // The peer floor: the oldest aws-cdk-lib whose Validations.acknowledge accepts finding ids with
  // '::' (AwsSolutions-IAM5[Resource::*]); .ci/consumer-check synthesizes the README on it.
  cdkVersion: '2.269.0',
  constructsVersion: '10.5.1',
  // Development and tests stay on the newest releases; the floor is proved by the consumer check.
  peerDependencyOptions: { pinnedDevDependency: false },
  jsiiVersion: '~6.0.0',
  srcdir: 'lib',
  libdir: 'lib',
  testdir: 'test',

  // cdk-nag 3.0.0 and 3.0.1 ignore the acknowledgements the library gives (HIPAA.Security-LambdaDLQ, AwsSolutions-IAM5[...]).
  peerDeps: ['cdk-nag@^3.0.2'],
  devDeps: [
    'aws-cdk-lib@2.276.0',
    // The lockfile holds Node 20's typings; they type only APIs that Node 22 and 24 keep.
    '@types/node@^20',
    'aws-cdk@2.1148.1',
    'cdk-nag@3.0.2',
    'esbuild',
    '@types/aws-lambda',
    '@aws-sdk/client-cognito-identity-provider@^3',
    '@aws-sdk/client-kms@^3',
    '@aws-sdk/client-sesv2@^3',
    '@aws-sdk/client-dynamodb@^3',
    '@aws-sdk/client-s3@^3',
    '@aws-sdk/client-sns@^3',
    'fast-check@^4',
    '@aws-cdk/aws-service-spec',
    'cognito-local@^5.3.0',
    'aws-jwt-verify@^5',
    // Jest's default order, which test/support/duration-sequencer.js extends.
    '@jest/test-sequencer@^30',
    // Compiles the tests' TypeScript for Jest, type-free as ts-jest did here (isolatedModules) but
    // several times faster, which a fresh clone, compiling every file once, feels most.
    '@swc/core@^1',
    '@swc/jest@^0.2',
  ],

  lambdaAutoDiscover: false,
  lambdaOptions: {
    runtime: awscdk.LambdaRuntime.NODEJS_24_X,
    bundlingOptions: { externals: ['@aws-sdk/*'], sourcemap: false },
  },

  publishToPypi: { distName: 'cdk-cognito-enterprise', module: 'cdk_cognito_enterprise' },
  publishToMaven: {
    javaPackage: 'io.github.cdkcognitoenterprise',
    mavenGroupId: 'io.github.cdk-cognito-enterprise',
    mavenArtifactId: 'cdk-cognito-enterprise',
  },
  publishToNuget: { dotNetNamespace: 'CdkCognitoEnterprise', packageId: 'CdkCognitoEnterprise' },
  publishToGo: { moduleName: 'github.com/cdk-cognito-enterprise/cdk-cognito-enterprise-go' },

  jestOptions: {
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    jestConfig: {
      // Coverage is not read by CI and costs every suite time.
      collectCoverage: false,
      // One worker per core. A third worker on two cores fills the time files spend waiting on a
      // deadline, an SDK's backoff or the Cognito emulator (fresh clone 125 s to 111 s), but twice
      // in four runs here it tripled the suite's CPU time (sys time sixfold) and timed tests out.
      maxWorkers: '100%',
      // jsii compiles lib/ in place: prefer the TypeScript sources over stale .js files.
      moduleFileExtensions: ['ts', 'tsx', 'js', 'json', 'node'],
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      snapshotSerializers: ['<rootDir>/test/support/asset-hash-serializer.ts'],
      setupFiles: ['<rootDir>/test/support/setup-env.ts'],
      globalSetup: '<rootDir>/test/support/temp-root-setup.ts',
      globalTeardown: '<rootDir>/test/support/temp-root-teardown.ts',
      // Keeps installed sources and compiled code per worker rather than per test file.
      runtime: '<rootDir>/test/support/worker-cache-runtime.js',
      // The longest files first, on a fresh clone too.
      testSequencer: '<rootDir>/test/support/duration-sequencer.js',
      transform: {
        '^.+\\.[t]sx?$': new javascript.Transform('@swc/jest', {
          jsc: { parser: { syntax: 'typescript' }, target: 'es2022', keepClassNames: true },
          module: { type: 'commonjs' },
          sourceMaps: 'inline',
        }),
      },
      testTimeout: 60_000,
      coveragePathIgnorePatterns: ['/node_modules/', '/assets/', '/test/'],
    },
  },

  gitignore: ['cdk.out', '/lib/**/*.js', '/lib/**/*.d.ts', '/assets/', '/bench-results/', '.cognito/', '.jsii.tabl.json'],
  npmignoreEnabled: true,
  sampleCode: false,
  readme: undefined,
  githubOptions: { mergify: false },
  depsUpgrade: false,
});

// Added after construction: the CDK dependency setup drops a constructs devDependency given as an option.
project.deps.addDependency('constructs@10.5.1', DependencyType.BUILD);

// Users get the compiled library and the bundled handlers; handler sources and the example app stay here.
project.npmignore?.exclude('/bin/', '/test/', '/cdk.out/', '/.ci/', '/lambda/', '/cdk.json');
project.npmignore?.include('/assets/');
// Only compiled code and declarations ship: TypeScript sources next to them break consumers that
// prefer .ts files (ts-node --prefer-ts-exts) or type-check with stricter flags than ours.
project.npmignore?.exclude('/lib/**/*.ts');
project.npmignore?.include('/lib/**/*.d.ts');

// Every bundled handler is registered explicitly: lambdaAutoDiscover only scans srcdir.
const bundledTriggers: Record<string, string> = fs.existsSync(path.join(__dirname, 'lambda'))
  ? Object.fromEntries(
    fs.readdirSync(path.join(__dirname, 'lambda'))
      .filter((file) => file.endsWith('.lambda.ts'))
      .map((file) => [file.replace(/\.lambda\.ts$/, ''), file]),
  )
  : {};
// LambdaFunction passes its bundling options on to the bundler, which also reads esbuildArgs.
const HANDLER_BUNDLING: javascript.BundlingOptions = Object.assign({ externals: ['@aws-sdk/*'], sourcemap: false }, {
  // Smaller bundles that keep their identifiers, so errors in the logs still name the code.
  esbuildArgs: { '--minify-whitespace': true, '--minify-syntax': true },
});

// Handlers that are not Cognito triggers belong to the operations module.
const OPERATIONS_HANDLERS = new Set(['user-import-worker', 'user-analytics', 'inactive-user-policy', 'user-pool-backup']);
for (const [name, file] of Object.entries(bundledTriggers)) {
  const module = OPERATIONS_HANDLERS.has(name) ? 'operations' : 'triggers';
  new awscdk.LambdaFunction(project, {
    entrypoint: `lambda/${file}`,
    constructFile: `lib/${module}/functions/${name}-function.ts`,
    constructName: `${pascal(name)}Function`,
    cdkDeps: project.cdkDeps,
    runtime: awscdk.LambdaRuntime.NODEJS_24_X,
    bundlingOptions: HANDLER_BUNDLING,
  });
}

// Tests and synth run the bundled handlers, so bundle first; a stale bundle never reaches a test.
const bundleTask = project.tasks.tryFind('bundle');
if (bundleTask) {
  project.testTask.prependSpawn(bundleTask);
}

// Handler code may use the AWS SDK clients the Lambda runtime provides; the bundles leave @aws-sdk/* out.
project.eslint?.allowDevDeps('lambda/shared/**');

// cdk-nag's index loads every pack and rule it has (about 300 modules, a few hundred ms at every
// synth); the library takes the two modules it builds on.
project.eslint?.addOverride({
  files: ['lib/**/*.ts'],
  rules: {
    'no-restricted-imports': ['error', {
      paths: [{ name: 'cdk-nag', message: "Import from 'cdk-nag/lib/nag-pack' or 'cdk-nag/lib/nag-rules': the index loads every pack." }],
    }],
  },
});

// bin/ and lambda/ are type-checked and linted like the library itself.
for (const dir of ['bin', 'lambda']) {
  new JsonFile(project, `${dir}/tsconfig.json`, {
    marker: true,
    obj: {
      extends: '../tsconfig.json',
      compilerOptions: { noEmit: true, rootDir: '..' },
      include: ['**/*.ts'],
      exclude: ['node_modules'],
    },
  });
  project.eslint?.addLintPattern(dir);
}

// The README's `cdk synth` neither type-checks (the suite type-checks bin/ with the library, see
// test/docs/readme-examples.test.ts) nor re-bundles handlers whose bundles are fresh.
new JsonFile(project, 'cdk.json', {
  obj: {
    app: 'npx ts-node --transpile-only --prefer-ts-exts bin/app.ts',
    build: 'node projenrc/bundle-if-stale.js',
    notices: false,
    // The example app runs under the flags a user's app from `cdk init` sets, so the library is
    // shown (and synthesized) the way new users will meet it.
    // (`aws-cdk:enableDiffNoFail` is v2's default and not set.)
    context: recommendedFeatureFlags(),
    watch: { include: ['bin/**', 'lib/**', 'lambda/**'] },
  },
});

project.addTask('synth', {
  description: 'Synthesize the example app (one stack per environment, cdk-nag packs attached)',
  exec: 'cdk synth --no-notices -q',
});

project.addTask('docs:rules', {
  description: 'Regenerate docs/validation-rules.md from the rule catalogue',
  exec: 'ts-node --prefer-ts-exts test/support/write-rules-table.ts',
});

// Every example in the README and the API reference must compile, or the other jsii languages get
// untyped dicts where props classes belong. The tablet it writes ships in the package.
project.addTask('rosetta', {
  description: 'Compile and translate every README and API reference example (after compile); fails on any that does not compile',
  exec: 'jsii-rosetta extract --strict .jsii',
});
project.npmignore?.include('/.jsii.tabl.json');
// README examples are written under test/ while their test runs.
project.gitignore.exclude('/test/.readme-*/');

project.addTask('bench', {
  description: 'Print bundle sizes, handler latencies and cold starts, synthesis times against hand-written aws-cdk-lib, and the example app\'s synth time',
  steps: [
    { spawn: 'bundle' },
    { exec: 'ts-node --prefer-ts-exts test/bench/run.ts' },
    { exec: 'ts-node --prefer-ts-exts test/bench/handler-init.ts' },
    { exec: 'ts-node --prefer-ts-exts test/bench/synth.ts' },
    { exec: 'ts-node --prefer-ts-exts test/bench/lifecycle.ts' },
    { exec: 'ts-node --prefer-ts-exts test/bench/same-intent.ts' },
    { exec: 'ts-node --prefer-ts-exts test/bench/app-synth.ts' },
  ],
});


project.synth();

function pascal(kebab: string): string {
  return kebab.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}
