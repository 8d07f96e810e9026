import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { markdownFences } from './support/readme-fences';

const ROOT = join(__dirname, '..', '..');
const README_FILE = join(ROOT, 'README.md');
const README = readFileSync(README_FILE, 'utf-8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf-8'));
const REPOSITORY_FILES = 'https://github.com/cdk-cognito-enterprise/cdk-cognito-enterprise/blob/main/';

/** The text of one `## ` section, heading excluded. */
function section(heading: string): string {
  const start = README.indexOf(`\n## ${heading}\n`);
  expect(start).toBeGreaterThan(-1);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end === -1 ? undefined : end);
}

test('the README opens with what the library is, for whom and what it costs, before any set-up', () => {
  const headings = [...README.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
  expect(headings.slice(0, 4)).toEqual(['What it costs to run', 'Install', 'Supported versions', 'Quick start']);
  expect(headings.indexOf('Contributing')).toBeGreaterThan(headings.indexOf('Quick start'));
  const cost = section('What it costs to run');
  for (const plan of ['Lite', 'Essentials', 'Plus']) {
    expect(cost).toContain(`**${plan}**`);
  }
  expect(cost).toContain('https://aws.amazon.com/cognito/pricing/');
  // Prices change and differ by Region: the README points at the pricing page instead of quoting them.
  expect(cost).not.toMatch(/\$\s?\d/);
});

test('the README installs the package in every jsii language, by the names package.json publishes', () => {
  const targets = pkg.jsii.targets;
  // jsii-pacmak names the Go package after the npm name, letters and digits only.
  const goPackage = pkg.name.replace(/[^a-z0-9]/gi, '').toLowerCase();
  const install = section('Install');
  expect(install).toContain(`npm install ${pkg.name} aws-cdk-lib constructs cdk-nag`);
  expect(install).toContain(`pip install ${targets.python.distName}`);
  expect(install).toContain(`<groupId>${targets.java.maven.groupId}</groupId>`);
  expect(install).toContain(`<artifactId>${targets.java.maven.artifactId}</artifactId>`);
  expect(install).toContain(`dotnet add package ${targets.dotnet.packageId}`);
  expect(install).toContain(`go get ${targets.go.moduleName}/${goPackage}`);
});

test('the README names supported versions, with the markers that keep them in step with package.json', () => {
  const versions = section('Supported versions');
  expect(versions).toContain(`| \`aws-cdk-lib\` | \`${pkg.peerDependencies['aws-cdk-lib']}\` <!-- floor -->`);
  expect(versions).toContain(`| \`cdk-nag\` | \`${pkg.peerDependencies['cdk-nag']}\` |`);
  const minimumNode = /^>= ?(\d+)/.exec(pkg.engines.node)?.[1];
  expect(versions).toMatch(new RegExp(`Node\\.js \\| ${minimumNode}\\b.* <!-- node -->`));
  expect(versions).toContain('not 3.0.0');
});

test('the quick start comes in TypeScript and in Python', () => {
  const languages = markdownFences(README_FILE)
    .filter((fence) => fence.line > README.slice(0, README.indexOf('\n## Quick start\n')).split('\n').length)
    .slice(0, 2)
    .map((fence) => fence.language);
  expect(languages).toEqual(['ts', 'python']);
});

test('Contributing gives a newcomer exactly the two set-up commands', () => {
  const setUp = markdownFences(README_FILE).filter((fence) => fence.language === 'sh'
    && fence.line > README.slice(0, README.indexOf('\n## Contributing\n')).split('\n').length);
  const commands = setUp[0].source.split('\n').filter(Boolean).map((line) => line.replace(/\s+#.*$/, ''));
  expect(commands).toEqual(['npm install && npx cdk synth', 'npm test']);
});

test('every link into the repository resolves to a file in it', () => {
  const targets = [...README.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1])
    .filter((target) => target.startsWith(REPOSITORY_FILES) || !/^[a-z]+:/.test(target))
    .map((target) => target.replace(REPOSITORY_FILES, '').replace(/#.*$/, ''));
  expect(targets.length).toBeGreaterThanOrEqual(10);
  expect(targets.filter((target) => !existsSync(join(ROOT, target)))).toEqual([]);
});

test('the Python quick start builds what the TypeScript one builds, with names the library exports', () => {
  const quickStartLine = README.slice(0, README.indexOf('\n## Quick start\n')).split('\n').length;
  const fences = markdownFences(README_FILE).filter((fence) => fence.line > quickStartLine);
  const typescript = fences.find((fence) => fence.language === 'ts')!.source;
  const python = fences.find((fence) => fence.language === 'python')!.source;
  const strings = (source: string, quote: string) => [...source.matchAll(new RegExp(`${quote}([^${quote}\\n]*)${quote}`, 'g'))]
    .map((match) => match[1]).filter((value) => !value.startsWith('aws-cdk-lib') && value !== 'cdk-cognito-enterprise').sort();
  expect(strings(python, '"')).toEqual(strings(typescript, "'"));
  // Every keyword argument is the snake_case spelling of a prop the TypeScript example sets.
  const keywords = [...python.matchAll(/(\w+)=/g)].map((match) => match[1].replace(/_(\w)/g, (_m, c: string) => c.toUpperCase()));
  expect(keywords.length).toBeGreaterThan(5);
  expect(keywords.filter((keyword) => !new RegExp(`\\b${keyword}:`).test(typescript))).toEqual([]);
  const imported = /from cdk_cognito_enterprise import \(([^)]*)\)/.exec(python)![1].split(',').map((name) => name.trim()).filter(Boolean);
  const librarySource = libSources(join(ROOT, 'lib')).map((file) => readFileSync(file, 'utf-8')).join('\n');
  expect(imported.filter((name) => !new RegExp(`export (interface|class|enum) ${name}\\b`).test(librarySource))).toEqual([]);
});

function libSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => entry.isDirectory()
    ? libSources(join(dir, entry.name))
    : entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [join(dir, entry.name)] : []);
}
