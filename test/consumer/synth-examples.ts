// Runs inside a consumer project that installed the packed library: every import below resolves to
// the consumer's own node_modules, as in a user's app. Usage: node synth-examples.js <manifest.json>
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { App } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks, PCIDSS321Checks } from 'cdk-nag';
import { Construct } from 'constructs';

/** What write-readme-examples.ts recorded for one example. */
interface ManifestEntry {
  readonly file: string;
  readonly line: number;
  readonly synthesizes: boolean;
}

// Set by the CDK CLI; with it, every App synthesizes again at exit and a failure would throw twice.
delete process.env.CDK_OUTDIR;
const manifestPath = resolve(process.argv[2]);
const entries: ManifestEntry[] = JSON.parse(readFileSync(manifestPath, 'utf-8'));
const outRoot = join(dirname(manifestPath), 'cdk.out');
let synthesized = 0;
let typeCheckedOnly = 0;
const failures: string[] = [];

for (const entry of entries) {
  if (!entry.synthesizes) {
    typeCheckedOnly++;
    console.log(`README.md:${entry.line} type-checked only (it builds no App)`);
    continue;
  }
  const outdir = join(outRoot, `line-${entry.line}`);
  mkdirSync(outdir, { recursive: true });
  try {
    // Each example is loaded by path after its output folder is set, one at a time.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const values: unknown[] = require(join(dirname(manifestPath), entry.file)).__readmeValues;
    const apps = new Set(values.filter(Construct.isConstruct).map((value) => value.node.root).filter(App.isApp));
    if (apps.size === 0) {
      throw new Error('no App is reachable from a top-level const, so nothing can be synthesized');
    }
    for (const app of apps) {
      const assembly = app.synth();
      // The README promises no error-level finding; warnings (optional MFA, say) are the reader's call.
      const errors = [new AwsSolutionsChecks(), new HIPAASecurityChecks(), new NIST80053R5Checks(), new PCIDSS321Checks()]
        .flatMap((pack) => pack.validateScope(app).violations
          .filter((violation) => violation.severity === undefined || /error/i.test(violation.severity))
          .map((violation) => `${pack.name} ${violation.ruleName}`));
      if (errors.length > 0) {
        throw new Error(`error-level cdk-nag findings: ${errors.join(', ')}`);
      }
      // Kept side by side so the templates of two aws-cdk-lib versions can be compared.
      for (const file of readdirSync(assembly.directory).filter((name) => name.endsWith('.template.json'))) {
        copyFileSync(join(assembly.directory, file), join(outdir, file));
      }
      const stacks = assembly.stacks.map((stack) => stack.stackName);
      console.log(`README.md:${entry.line} synthesized ${stacks.join(', ') || '(no stack)'} with no error-level cdk-nag finding`);
    }
    synthesized++;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    failures.push(`README.md:${entry.line}: ${message.split('\n').slice(0, 6).join('\n    ')}`);
  }
}

for (const failure of failures) {
  console.error(`FAILED ${failure}`);
}
console.log(`README examples: ${synthesized} synthesized, ${typeCheckedOnly} type-checked only, ${failures.length} failing`);
process.exitCode = failures.length === 0 ? 0 : 1;
