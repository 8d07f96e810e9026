import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuildOptions } from 'esbuild';

interface TaskStep { readonly exec?: string; readonly execArgs?: string[] }
interface Task { readonly steps?: TaskStep[] }

/** The name of the projen task that bundles a trigger. */
export function bundleTaskName(name: string): string {
  return `bundle:lambda/${name}.lambda`;
}

/**
 * Reads the esbuild command line of a trigger's bundle task from `.projen/tasks.json` and turns it
 * into build options, so a rebuild in memory uses exactly the flags `npx projen bundle` uses.
 * A flag it does not know fails loudly rather than being ignored.
 */
export function bundleTaskOptions(repositoryRoot: string, name: string): BuildOptions {
  const tasks = JSON.parse(readFileSync(join(repositoryRoot, '.projen', 'tasks.json'), 'utf8')).tasks as Record<string, Task>;
  const taskName = bundleTaskName(name);
  const args = tasks[taskName]?.steps?.find((step) => step.execArgs?.[0] === 'esbuild')?.execArgs;
  if (!args) {
    throw new Error(`No esbuild step in the task ${taskName}`);
  }
  const options: BuildOptions & { entryPoints: string[]; external: string[] } = { entryPoints: [], external: [] };
  for (const arg of args.slice(1)) {
    const [flag, value] = splitFlag(arg);
    switch (flag) {
      case '--bundle': options.bundle = true; break;
      case '--target': options.target = value; break;
      case '--platform': options.platform = value as BuildOptions['platform']; break;
      case '--outfile': options.outfile = value; break;
      case '--tsconfig': options.tsconfig = value; break;
      case '--external': options.external.push(value!); break;
      case '--minify-whitespace': options.minifyWhitespace = true; break;
      case '--minify-syntax': options.minifySyntax = true; break;
      case undefined: options.entryPoints.push(arg); break;
      default: throw new Error(`The task ${taskName} uses the esbuild flag ${arg}, which this check does not read yet`);
    }
  }
  return { ...options, absWorkingDir: repositoryRoot };
}

/** Splits `--name=value` or `--name:value`; a plain argument (an entry point) has no flag. */
function splitFlag(arg: string): [string | undefined, string | undefined] {
  if (!arg.startsWith('--')) {
    return [undefined, undefined];
  }
  const separator = arg.search(/[=:]/);
  return separator < 0 ? [arg, undefined] : [arg.slice(0, separator), arg.slice(separator + 1)];
}
