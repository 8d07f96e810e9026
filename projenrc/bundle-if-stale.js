// Runs `projen bundle` only when a handler bundle is missing or older than a source it is built
// from, so `cdk synth` does not pay for bundling when nothing changed. Plain JavaScript: loading a
// TypeScript compiler would cost more than the check saves.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const IMPORT = /(?:from|import|require)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;
// Bundling options and third-party code change through these.
const SHARED_INPUTS = ['package-lock.json', '.projenrc.ts', '.projen/tasks.json'].map((file) => path.join(ROOT, file));

/** A relative import's TypeScript source. */
function resolveSource(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, path.join(base, 'index.ts'), base].find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
}

/** The entry and every source it imports, relative imports followed transitively. */
function sourcesOf(entry) {
  const seen = new Set();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) {
      continue;
    }
    seen.add(file);
    for (const [, specifier] of fs.readFileSync(file, 'utf-8').matchAll(IMPORT)) {
      const source = resolveSource(file, specifier);
      if (source) {
        pending.push(source);
      }
    }
  }
  return [...seen];
}

const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : Infinity);
const stale = fs.readdirSync(path.join(ROOT, 'lambda'))
  .filter((file) => file.endsWith('.lambda.ts'))
  .filter((file) => {
    const bundle = path.join(ROOT, 'assets', 'lambda', file.replace(/\.ts$/, ''), 'index.js');
    if (!fs.existsSync(bundle)) {
      return true;
    }
    const built = fs.statSync(bundle).mtimeMs;
    return [...sourcesOf(path.join(ROOT, 'lambda', file)), ...SHARED_INPUTS].some((source) => mtime(source) > built);
  });

if (stale.length > 0) {
  console.error(`Bundling: ${stale.join(', ')} out of date`);
  const result = spawnSync('npx', ['projen', 'bundle'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(result.status ?? 1);
}
