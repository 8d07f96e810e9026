import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..', '..');

/** The README's TypeScript examples, as a user would paste them. */
function readmeExamples(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf-8');
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]);
}

test('every README example type-checks against the library', () => {
  const examples = readmeExamples();
  expect(examples.length).toBeGreaterThan(0);
  const dir = mkdtempSync(join(ROOT, 'test', '.readme-'));
  try {
    const files = examples.map((source, index) => {
      const file = join(dir, `example-${index}.ts`);
      // Users import the package by name; here the name resolves to the sources.
      writeFileSync(file, source.replace(/from 'cdk-cognito-enterprise'/g, `from '${join(ROOT, 'lib').replace(/\\/g, '/')}'`));
      return file;
    });
    const program = ts.createProgram(files, {
      noEmit: true,
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      skipLibCheck: true,
      esModuleInterop: true,
      types: ['node'],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file === undefined || files.includes(diagnostic.file.fileName))
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
