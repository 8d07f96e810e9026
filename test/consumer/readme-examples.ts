/** One TypeScript fence of a Markdown file, ready to compile as a module of its own. */
export interface ReadmeExample {
  /** 1-based line of the opening fence, for messages that point a reader at it. */
  readonly line: number;
  /** The fence's code as written. */
  readonly code: string;
  /** The code with an export of its top-level constants appended, so a runner can reach them. */
  readonly module: string;
  /** Whether the example builds an App, which the runner then synthesizes. */
  readonly synthesizes: boolean;
}

const FENCE = /^(`{3,}|~{3,})\s*(\S*)([^\n]*)$/;
const LANGUAGES = new Set(['ts', 'typescript']);
const TOP_LEVEL_CONST = /^(?:export\s+)?const\s+([A-Za-z_$][\w$]*)\s*[:=]/gm;

/**
 * Every fence tagged `ts` or `typescript` whose info string does not also say `fragment` (the
 * README's mark for part of a program; test/docs/readme-examples.test.ts type-checks those).
 * A fence closes at the first line of the same marker at least as long as the opening one.
 */
export function extractReadmeExamples(markdown: string): ReadmeExample[] {
  const lines = markdown.split(/\r?\n/);
  const examples: ReadmeExample[] = [];
  for (let index = 0; index < lines.length; index++) {
    const opening = FENCE.exec(lines[index]);
    if (!opening) {
      continue;
    }
    const [, marker, language, rest] = opening;
    const close = lines.findIndex((text, at) => at > index && text.trim().startsWith(marker) && /^[`~]+$/.test(text.trim()));
    const end = close === -1 ? lines.length : close;
    const code = lines.slice(index + 1, end).join('\n') + '\n';
    if (LANGUAGES.has(language.toLowerCase()) && !/\bfragment\b/.test(rest)) {
      examples.push({ line: index + 1, code, module: asModule(code), synthesizes: /\bnew\s+App\s*\(/.test(code) });
    }
    index = end;
  }
  return examples;
}

/** Appends `__readmeValues`, listing the example's top-level constants; the export also makes it a module. */
function asModule(code: string): string {
  const names = [...code.matchAll(TOP_LEVEL_CONST)].map((match) => match[1]);
  return `${code}\nexport const __readmeValues: unknown[] = [${names.join(', ')}];\n`;
}
