import { execFileSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import { join, relative } from 'path';

const ROOT = join(__dirname, '..', '..');
// Set to a packed tarball (dist/js/*.tgz) to check what is published; otherwise npm lists what it would pack now.
const TARBALL = process.env.PACKAGE_TARBALL;

/** The paths in the npm package, relative to its root. */
function packageFiles(): string[] {
  if (TARBALL) {
    return execFileSync('tar', ['-tzf', TARBALL], { encoding: 'utf-8' })
      .split('\n').filter((line) => line.startsWith('package/') && !line.endsWith('/'))
      .map((line) => line.slice('package/'.length));
  }
  const listing = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf-8' });
  return (JSON.parse(listing) as Array<{ files: Array<{ path: string }> }>)[0].files.map((file) => file.path);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [relative(ROOT, join(dir, entry.name))]);
}

const files = new Set(packageFiles());
const handlers = readdirSync(join(ROOT, 'lambda')).filter((file) => file.endsWith('.lambda.ts'));
const sources = walk(join(ROOT, 'lib')).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
// jsii compiles lib/ in place and writes .jsii; a fresh clone has neither until `npx projen compile`,
// and a .jsii older than a source belongs to an earlier compile.
const jsiiFile = join(ROOT, '.jsii');
const compiled = TARBALL !== undefined || (existsSync(jsiiFile)
  && sources.every((file) => statSync(join(ROOT, file)).mtimeMs <= statSync(jsiiFile).mtimeMs));

test('ships no TypeScript source, only declarations', () => {
  expect([...files].filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
});

test('ships every bundled handler', () => {
  expect(handlers.length).toBeGreaterThan(0);
  const missing = handlers.map((file) => `assets/lambda/${file.replace(/\.ts$/, '')}/index.js`).filter((file) => !files.has(file));
  expect(missing).toEqual([]);
});

test('ships the README, the licence, package.json and every doc', () => {
  const docs = readdirSync(join(ROOT, 'docs')).map((file) => `docs/${file}`);
  expect(docs.length).toBeGreaterThan(0);
  expect(['README.md', 'LICENSE', 'package.json', ...docs].filter((file) => !files.has(file))).toEqual([]);
});

test('ships no tests, handler sources, example app or build settings', () => {
  const unwanted = /^(test|lambda|bin|\.ci|\.projen|projenrc|cdk\.out)\/|^(\.projenrc\.ts|cdk\.json|tsconfig\.json)$/;
  expect([...files].filter((file) => unwanted.test(file))).toEqual([]);
});

(compiled ? test : test.skip)(`ships .jsii and, for every source in lib/, its .js and .d.ts${compiled ? '' : ' (skipped: lib/ is not compiled, or compiled before its latest change; .ci/run checks the packed tarball)'}`, () => {
  const expected = ['.jsii', ...sources.flatMap((file) => [file.replace(/\.ts$/, '.js'), file.replace(/\.ts$/, '.d.ts')])];
  expect(expected.filter((file) => !files.has(file))).toEqual([]);
});
