import * as fc from 'fast-check';

/** Characters and snippets that have fooled string handling before: invisible, look-alike, combining, markup, placeholders. */
export const UNICODE_TRICKS = [
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202e', '\u0000', '\u0007', '\ud800', '\udfff', '\u0301', '\r\n', '\t', ' ',
  'ｅ', 'Ａ', '＠', '。', '．', '｡', '𝐚', 'İ', 'ß', 'ﬁ', '%00', '../', '<script>alert(1)</script>', '"><img src=x>',
  '{####}', '{username}', '{code}', '{name}', '${process.env}', '__proto__', 'constructor',
];

/** Keys that reach an object's prototype when code merges or looks up carelessly. */
export const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/** Strings a hostile or broken caller could put anywhere: any text, tricks, tricks inside text, and huge strings. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(...UNICODE_TRICKS),
  fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...UNICODE_TRICKS), fc.string({ maxLength: 8 })).map((parts) => parts.join('')),
  fc.integer({ min: 10_000, max: 300_000 }).map((length) => 'x'.repeat(length)),
);

/** An object parsed from JSON with a polluting key of its own, as `JSON.parse` makes it. */
export const pollutingObject: fc.Arbitrary<unknown> = fc.tuple(fc.constantFrom(...POLLUTING_KEYS), fc.jsonValue({ maxDepth: 2 }))
  .map(([key, value]) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value) ?? 'null'}}`) as unknown);

/** Any value of any type, including objects without a prototype, dates, maps, typed arrays and big integers. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  pollutingObject,
  fc.constantFrom(undefined, null, NaN, -0, Infinity, 0, true, false, [], {}, Object.create(null), '', '1', '2', '3'),
  fc.anything({
    maxDepth: 2,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withBoxedValues: true,
  }),
);

type Mutation = readonly ['delete' | 'set' | 'add', string[], string, unknown];

/**
 * Events derived from a realistic one by up to `max` hostile mutations: a field removed, a field
 * replaced by any value, or an extra field (often a polluting key) added to any object in it. With
 * no mutation the event stays valid, so the handler's own policy is exercised as well.
 */
export function hostileEvents(valid: Record<string, unknown>, max = 4): fc.Arbitrary<unknown> {
  const paths = collectPaths(valid);
  const objects = [[], ...paths.filter((path) => isObject(getPath(valid, path)))];
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.tuple(fc.constant('delete' as const), fc.constantFrom(...paths), fc.constant(''), fc.constant(undefined)),
    fc.tuple(fc.constant('set' as const), fc.constantFrom(...paths), fc.constant(''), hostileValue),
    fc.tuple(fc.constant('add' as const), fc.constantFrom(...objects), fc.oneof(fc.constantFrom(...POLLUTING_KEYS), fc.string({ maxLength: 10 })), hostileValue),
  );
  const mutated = fc.array(mutation, { maxLength: max }).map((mutations) => {
    const copy = copyOf(valid) as Record<string, unknown>;
    for (const [kind, path, key, value] of mutations) {
      apply(copy, kind, path, key, value);
    }
    return copy as unknown;
  });
  return fc.oneof({ weight: 12, arbitrary: mutated }, { weight: 1, arbitrary: hostileValue });
}

/**
 * A copy whose objects and lists are new and whose strings are shared: the valid event may carry
 * strings of hundreds of kilobytes, which structuredClone would copy for every generated event.
 */
function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(copyOf);
  }
  if (isObject(value)) {
    const prototype = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null
      // Own entries, `__proto__` included, as JSON.parse and structuredClone make them.
      ? Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, copyOf(entry)]))
      : structuredClone(value);
  }
  return value;
}

function apply(target: Record<string, unknown>, kind: Mutation[0], path: string[], key: string, value: unknown): void {
  const parentPath = kind === 'add' ? path : path.slice(0, -1);
  const parent = getPath(target, parentPath);
  if (!isObject(parent)) {
    return;
  }
  const name = kind === 'add' ? key : path[path.length - 1];
  if (kind === 'delete') {
    delete (parent as Record<string, unknown>)[name];
  } else {
    // Defined, not assigned: `__proto__` becomes an own key, as JSON.parse makes it.
    Object.defineProperty(parent, name, { value, enumerable: true, configurable: true, writable: true });
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function getPath(target: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (isObject(node) && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined),
    target);
}

function collectPaths(value: unknown, prefix: string[] = []): string[][] {
  if (!isObject(value)) {
    return [prefix];
  }
  return [prefix, ...Object.entries(value).flatMap(([key, child]) => collectPaths(child, [...prefix, key]))].filter((path) => path.length > 0);
}
