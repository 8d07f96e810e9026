/**
 * The API reference's examples (`@example` in lib/) run. jsii-rosetta compiles them inside the
 * fixture named by `@exampleMetadata fixture=<name>` (rosetta/<name>.ts-fixture); here the same
 * fixture runs them, with real values (support/fixture-values.ts) for the names it only declares.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { join, relative } from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { fixtureValues } from './support/fixture-values';

const ROOT = join(__dirname, '..', '..');

interface ApiExample {
  readonly file: string;
  readonly fixture?: string;
  readonly source: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return sourceFiles(path);
    }
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every `@example` of a doc comment, with the fixture its `@exampleMetadata` names. */
function apiExamples(): ApiExample[] {
  return sourceFiles(join(ROOT, 'lib')).flatMap((file) =>
    [...readFileSync(file, 'utf-8').matchAll(/\/\*\*([\s\S]*?)\*\//g)].flatMap((comment) => {
      const lines = comment[1].split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
      const start = lines.findIndex((line) => /^@example(\s|$)/.test(line));
      if (start === -1) {
        return [];
      }
      const body = lines.slice(start + 1);
      const end = body.findIndex((line) => line.startsWith('@'));
      const fixture = /@exampleMetadata\s+.*\bfixture=(\S+)/.exec(comment[1])?.[1];
      const source = body.slice(0, end === -1 ? undefined : end).join('\n').trim();
      return [{ file: relative(ROOT, file), fixture, source }];
    }));
}

const EXAMPLES = apiExamples();

test('every API example names a fixture that exists, or rosetta cannot compile it', () => {
  expect(EXAMPLES.length).toBeGreaterThanOrEqual(8);
  const unfixtured = EXAMPLES.filter((example) => example.fixture === undefined
    || !readdirSync(join(ROOT, 'rosetta')).includes(`${example.fixture}.ts-fixture`));
  expect(unfixtured.map((example) => example.file)).toEqual([]);
});

test('the fixture values cover every name the construct fixture declares', () => {
  const fixture = readFileSync(join(ROOT, 'rosetta', 'construct.ts-fixture'), 'utf-8');
  const declared = [...fixture.matchAll(/^declare const (\w+)/gm)].map((match) => match[1]).sort();
  expect(Object.keys(fixtureValues(new Stack(new App(), 'Probe'))).sort()).toEqual(declared);
});

describe('every API example runs in its fixture', () => {
  test.each(EXAMPLES.map((example) => [example.file, example] as const))('%s', (_file, example) => {
    const fixture = readFileSync(join(ROOT, 'rosetta', `${example.fixture}.ts-fixture`), 'utf-8');
    const declared = [...fixture.matchAll(/^declare const (\w+)/gm)].map((match) => match[1]);
    const dir = mkdtempSync(join(ROOT, 'test', '.readme-'));
    const file = join(dir, 'example.ts');
    const toLib = relative(dir, join(ROOT, 'lib')).replace(/\\/g, '/');
    const toValues = relative(dir, join(__dirname, 'support', 'fixture-values')).replace(/\\/g, '/');
    const program = fixture
      .replace(/from 'cdk-cognito-enterprise'/g, `from '${toLib}'`)
      .replace(/^declare const .*$/gm, '')
      .replace(/^[ \t]*\/\/\/[ \t]*here[ \t]*$/m, `const { ${declared.join(', ')} } = fixtureValues(this) as any;\n${example.source}`)
      + `\nimport { fixtureValues } from '${toValues}';\nexport const exampleApp = new App();\nnew Fixture(exampleApp, 'Example');\n`;
    expect(example.source).not.toEqual('');
    writeFileSync(file, program);
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { exampleApp } = require(file) as { exampleApp: App };
      // Synthesis runs what the example added: validation of props and clients, plugins, aspects.
      expect(exampleApp.synth().getStackByName('Example').template).toBeDefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
