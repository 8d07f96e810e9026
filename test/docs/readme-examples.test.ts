/**
 * The README's TypeScript examples run as written.
 *
 * Convention for fenced blocks in README.md:
 * - ```ts              a complete program. It is type-checked, then run; every App it creates is
 *                      synthesized and must have no error-level finding of the four AWS cdk-nag
 *                      packs and of CognitoEnterpriseChecks.
 * - ```ts fragment     part of a program. It is type-checked inside rosetta/default.ts-fixture
 *                      (or rosetta/<name>.ts-fixture when also tagged `fixture=<name>`), as
 *                      jsii-rosetta completes it, and not run.
 * - any other language (sh, python, text, xml) is not run here.
 * Programs import the library by its package name, which here resolves to lib/; they are run
 * with 'aws-cdk-lib' standing for test/docs/support/recording-cdk.ts, the same module with an
 * App that remembers itself, because a TypeScript app leaves synthesis to the CDK CLI.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { join, relative } from 'path';
import * as ts from 'typescript';
import { Fence, typeScriptFences } from './support/readme-fences';
import { takeCreatedApps } from './support/recording-cdk';
import { CognitoEnterpriseChecks } from '../../lib/compliance';
import { coreOnlyRootPaths } from '../support/core-only-root';
import { awsNagErrors } from '../support/nag';

const ROOT = join(__dirname, '..', '..');
const README = join(ROOT, 'README.md');
const BIN = join(ROOT, 'bin');
const PACKAGE = 'cdk-cognito-enterprise';
const { programs, fragments } = typeScriptFences(README);

/** A fragment completed by its rosetta fixture, imports hoisted above it as rosetta does. */
function completeFragment(fence: Fence): string {
  const fixtureName = fence.tags.find((tag) => tag.startsWith('fixture='))?.slice('fixture='.length) ?? 'default';
  const fixture = readFileSync(join(ROOT, 'rosetta', `${fixtureName}.ts-fixture`), 'utf-8');
  const source = ts.createSourceFile('fragment.ts', fence.source, ts.ScriptTarget.Latest, true);
  const imports = source.statements.filter(ts.isImportDeclaration).map((statement) => statement.getFullText(source));
  const body = source.statements.filter((statement) => !ts.isImportDeclaration(statement)).map((statement) => statement.getFullText(source));
  return [...imports, fixture.replace(/^[ \t]*\/\/\/[ \t]*here[ \t]*$/m, body.join(''))].join('\n');
}

/** Writes sources into a fresh folder under test/, the package name pointing at lib/. */
function writeExamples(sources: string[], rewrite: (source: string, dir: string) => string = (s) => s): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(ROOT, 'test', '.readme-'));
  const files = sources.map((source, index) => {
    const file = join(dir, `example-${index}.ts`);
    writeFileSync(file, rewrite(source.replace(new RegExp(`from '${PACKAGE}'`, 'g'), `from '${relative(dir, join(ROOT, 'lib')).replace(/\\/g, '/')}'`), dir));
    return file;
  });
  return { dir, files };
}

test('the README marks its examples by the convention', () => {
  expect(programs.length).toBeGreaterThanOrEqual(8);
  // The first example a reader meets must be one they can paste and run.
  expect(Math.min(...programs.map((fence) => fence.line))).toBeLessThan(Math.min(...fragments.map((fence) => fence.line), Infinity));
  for (const fence of [...programs, ...fragments]) {
    expect({ line: fence.line, tags: fence.tags.filter((tag) => tag !== 'fragment' && !tag.startsWith('fixture=')) }).toEqual({ line: fence.line, tags: [] });
  }
});

// One program type-checks the examples and the example app, which `cdk synth` runs transpile-only.
// Only their own files are checked: the library's bodies are jsii's to check.
test('every README example and the example app type-check against the library', () => {
  const { dir, files } = writeExamples([...programs.map((fence) => fence.source), ...fragments.map(completeFragment)]);
  const appFiles = readdirSync(BIN).filter((file) => file.endsWith('.ts')).map((file) => join(BIN, file));
  expect(appFiles.length).toBeGreaterThan(0);
  try {
    const program = ts.createProgram([...files, ...appFiles], {
      noEmit: true,
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      skipLibCheck: true,
      esModuleInterop: true,
      types: ['node'],
      paths: coreOnlyRootPaths(ROOT),
    });
    const checked = [...files, ...appFiles].map((file) => program.getSourceFile(file)!);
    const diagnostics = [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...checked.flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
    ].map((diagnostic) => `${diagnostic.file ? relative(ROOT, diagnostic.file.fileName) : ''} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
    expect(diagnostics).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('every README program synthesizes', () => {
  test.each(programs.map((fence) => [fence.line, fence] as const))('the program at README.md line %i', (_line, fence) => {
    const { dir, files } = writeExamples([fence.source], (source, folder) =>
      source.replace(/from 'aws-cdk-lib'/g, `from '${relative(folder, join(__dirname, 'support', 'recording-cdk')).replace(/\\/g, '/')}'`));
    try {
      takeCreatedApps();
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(files[0]);
      const apps = takeCreatedApps();
      expect(apps.length).toBeGreaterThan(0);
      for (const app of apps) {
        const assembly = app.synth();
        for (const stack of assembly.stacks) {
          expect(Object.keys(stack.template.Resources ?? {}).length).toBeGreaterThan(0);
        }
        expect(awsNagErrors(app)).toEqual([]);
        const cognitoErrors = new CognitoEnterpriseChecks().validateScope(app).violations
          .filter((violation) => violation.severity === undefined || /error/i.test(violation.severity))
          .map((violation) => violation.ruleName);
        expect(cognitoErrors).toEqual([]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
