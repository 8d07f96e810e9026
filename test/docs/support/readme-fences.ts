import { readFileSync } from 'fs';

/** A fenced code block of a Markdown file. */
export interface Fence {
  /** The first word of the info string: the language. */
  readonly language: string;
  /** The other words of the info string, such as `fragment` or `fixture=…`. */
  readonly tags: string[];
  readonly source: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
}

/** Every fenced block of a Markdown file; fences open and close at the start of a line. */
export function markdownFences(file: string): Fence[] {
  const lines = readFileSync(file, 'utf-8').split('\n');
  const fences: Fence[] = [];
  let open: { marker: string; info: string[]; line: number; body: string[] } | undefined;
  lines.forEach((text, index) => {
    if (open === undefined) {
      const start = /^(`{3,}|~{3,})\s*(.*)$/.exec(text);
      if (start) {
        open = { marker: start[1], info: start[2].trim().split(/\s+/).filter(Boolean), line: index + 1, body: [] };
      }
    } else if (text.trim().startsWith(open.marker) && text.trim().replace(/[`~]/g, '') === '') {
      fences.push({ language: open.info[0] ?? '', tags: open.info.slice(1), source: open.body.join('\n') + '\n', line: open.line });
      open = undefined;
    } else {
      open.body.push(text);
    }
  });
  return fences;
}

/** TypeScript fences: complete programs unless tagged `fragment`. */
export function typeScriptFences(file: string): { programs: Fence[]; fragments: Fence[] } {
  const typescript = markdownFences(file).filter((fence) => fence.language === 'ts' || fence.language === 'typescript');
  return {
    programs: typescript.filter((fence) => !fence.tags.includes('fragment')),
    fragments: typescript.filter((fence) => fence.tags.includes('fragment')),
  };
}
