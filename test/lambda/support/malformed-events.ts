import * as fc from 'fast-check';

/**
 * Arbitrary events derived from a valid one: fields removed, replaced with values of any type,
 * nested objects swapped for primitives, or no object at all.
 */
export function malformedEvents(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const paths = collectPaths(valid);
  const mutated = fc.array(fc.tuple(fc.constantFrom(...paths), fc.option(fc.anything(), { nil: undefined })), { minLength: 1, maxLength: 4 })
    .map((mutations) => {
      const copy = structuredClone(valid);
      for (const [path, value] of mutations) {
        setPath(copy, path, value);
      }
      return copy as unknown;
    });
  return fc.oneof(mutated, fc.anything());
}

function collectPaths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) {
    return [prefix];
  }
  return [prefix, ...Object.entries(value).flatMap(([key, child]) => collectPaths(child, [...prefix, key]))].filter((path) => path.length > 0);
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node: unknown = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) {
      return;
    }
    node = (node as Record<string, unknown>)[key];
  }
  if (typeof node === 'object' && node !== null) {
    (node as Record<string, unknown>)[path[path.length - 1]] = value;
  }
}

/** Runs the handler on malformed events: each must give a response or a clear, deliberate error. */
export async function expectOnlyClearFailures(handler: (event: unknown) => Promise<unknown>, valid: Record<string, unknown>, numRuns = 300) {
  await fc.assert(fc.asyncProperty(malformedEvents(valid), async (event) => {
    try {
      const result = await handler(event);
      expect(typeof result).toBe('object');
      expect(result).toHaveProperty('response');
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(TypeError);
      expect(['MalformedEventError', 'TriggerError']).toContain((error as Error).name);
      expect((error as Error).message.length).toBeGreaterThan(10);
    }
  }), { numRuns });
}
