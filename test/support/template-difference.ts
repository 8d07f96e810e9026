/** A synthesized CloudFormation template, as Template.toJSON() returns it. */
export type TemplateJson = Record<string, Record<string, unknown> | undefined>;

const SECTIONS = ['Resources', 'Outputs', 'Parameters', 'Conditions', 'Mappings', 'Rules'];

/**
 * Where two templates differ, compactly: each changed entry (`Resources.<LogicalId>`,
 * `Outputs.<Id>`…) maps to the sorted paths inside it whose values differ, or to `added` /
 * `removed`. Arrays of equal length are compared element by element; otherwise the array is
 * the changed path, so a merged policy statement reads as one change rather than a cascade.
 */
export function templateDifference(before: TemplateJson, after: TemplateJson): Record<string, string[]> {
  const changes: Record<string, string[]> = {};
  for (const section of SECTIONS) {
    const was = before[section] ?? {};
    const is = after[section] ?? {};
    for (const id of [...new Set([...Object.keys(was), ...Object.keys(is)])].sort()) {
      const key = `${section}.${id}`;
      if (!(id in was)) {
        changes[key] = [`added ${typeOf(is[id])}`.trim()];
      } else if (!(id in is)) {
        changes[key] = [`removed ${typeOf(was[id])}`.trim()];
      } else {
        const paths = changedPaths(was[id], is[id], '');
        if (paths.length > 0) {
          changes[key] = paths.sort();
        }
      }
    }
  }
  return changes;
}

function changedPaths(a: unknown, b: unknown, path: string): string[] {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return [`${path} (${a.length} → ${b.length} items)`];
    }
    return a.flatMap((item, index) => changedPaths(item, b[index], `${path}[${index}]`));
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((key) => {
      const child = path ? `${path}.${key}` : key;
      if (!(key in a)) return [`${child} (added)`];
      if (!(key in b)) return [`${child} (removed)`];
      return changedPaths(a[key], b[key], child);
    });
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [path || '(value)'];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOf(entry: unknown): string {
  return isObject(entry) && typeof entry.Type === 'string' ? entry.Type : '';
}
