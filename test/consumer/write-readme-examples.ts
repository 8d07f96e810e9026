// Writes the README's TypeScript examples into a consumer folder, one module each, with the
// manifest synth-examples.ts reads. Usage: ts-node write-readme-examples.ts <README.md> <folder>
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { extractReadmeExamples } from './readme-examples';

const [readmePath, folder] = process.argv.slice(2);
const examples = extractReadmeExamples(readFileSync(readmePath, 'utf-8'));
if (examples.length === 0) {
  throw new Error(`${readmePath} has no TypeScript example`);
}
mkdirSync(join(folder, 'examples'), { recursive: true });
const manifest = examples.map((example) => {
  const file = `examples/line-${example.line}.ts`;
  writeFileSync(join(folder, file), example.module);
  return { file: file.replace(/\.ts$/, '.js'), line: example.line, synthesizes: example.synthesizes };
});
writeFileSync(join(folder, 'examples.json'), JSON.stringify(manifest, undefined, 2));
console.log(`${examples.length} TypeScript examples written, ${manifest.filter((entry) => entry.synthesizes).length} of them to synthesize`);
