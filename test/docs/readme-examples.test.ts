import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin');

/** The README's TypeScript examples, as a user would paste them. */
function readmeExamples(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf-8');
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]);
}

// One program type-checks the examples and the example app (which `cdk synth` runs transpile-only):
// the library behind both is checked once.
let dir: string;
let exampleFiles: string[];
let appFiles: string[];
let diagnostics: ts.Diagnostic[];

beforeAll(() => {
  dir = mkdtempSync(join(ROOT, 'test', '.readme-'));
  exampleFiles = readmeExamples().map((source, index) => {
    const file = join(dir, `example-${index}.ts`);
    // Users import the package by name; here the name resolves to the sources.
    writeFileSync(file, source.replace(/from 'cdk-cognito-enterprise'/g, `from '${join(ROOT, 'lib').replace(/\\/g, '/')}'`));
    return file;
  });
  appFiles = readdirSync(BIN).filter((file) => file.endsWith('.ts')).map((file) => join(BIN, file).replace(/\\/g, '/'));
  const program = ts.createProgram([...exampleFiles, ...appFiles], {
    noEmit: true,
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    skipLibCheck: true,
    esModuleInterop: true,
    types: ['node'],
  });
  // Only the examples and the app are checked: the library's own bodies are jsii's to check, and
  // checking them here too would only repeat that work.
  const checked = [...exampleFiles, ...appFiles].map((file) => program.getSourceFile(file)!);
  diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...checked.flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
  ];
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function messagesIn(files: string[]): string[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.file === undefined || files.includes(diagnostic.file.fileName))
    .map((diagnostic) => `${diagnostic.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
}

test('every README example type-checks against the library', () => {
  expect(exampleFiles.length).toBeGreaterThan(0);
  expect(messagesIn(exampleFiles)).toEqual([]);
});

test('the example app type-checks against the library', () => {
  expect(appFiles.length).toBeGreaterThan(0);
  expect(messagesIn(appFiles)).toEqual([]);
});
