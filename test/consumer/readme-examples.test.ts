import { extractReadmeExamples } from './readme-examples';

const README = [
  '# Title',
  '```sh',
  'npm install',
  '```',
  '```ts',
  "import { App, Stack } from 'aws-cdk-lib';",
  "const stack = new Stack(new App(), 'A');",
  'export const other = 1;',
  '```',
  '````typescript',
  "const note = '```';",
  'console.log(note);',
  '````',
  '```ts fragment',
  'users.addGroup(group);',
  '```',
  '```TS',
  'const ignored = 1;',
].join('\n');

const examples = extractReadmeExamples(README);

test('takes ts and typescript fences, skips fragments and other languages', () => {
  expect(examples.map((example) => example.line)).toEqual([5, 10, 17]);
});

test('exports every top-level const so the runner reaches the App', () => {
  expect(examples[0].module).toContain('export const __readmeValues: unknown[] = [stack, other];');
  expect(examples[0].synthesizes).toBe(true);
});

test('a longer fence holds a shorter one; an example without an App is type-checked only', () => {
  expect(examples[1].code).toBe("const note = '```';\nconsole.log(note);\n");
  expect(examples[1].synthesizes).toBe(false);
});

test('an unclosed fence runs to the end of the file', () => {
  expect(examples[2].code).toBe('const ignored = 1;\n');
});
