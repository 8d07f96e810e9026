// Preloaded (node -r) into the cognito-local that seeded-cognito-local.ts starts.
// cognito-local rewrites a pool's whole file after every write with
// JSON.stringify(pool, replaceDatesWithISOStrings, 2). With thousands of users that is most of
// the emulator's CPU, and it grows with the square of the pool. This engine writes the same data,
// compact JSON that JSON.parse (readPool, cognito-local's own reviver at start) reads alike:
// - Date#toJSON is Date#toISOString, the replacer's only conversion, and indentation is whitespace.
//   The replacer's check (a non-Date in a `…Date` field) never fires here: cognito-local sets those
//   fields from its clock and revives them as Dates when it loads a pool.
// - Each entry (a user, a group, the pool's options) keeps its JSON text until cognito-local's data
//   store touches it again (set and delete name the entry) or it is replaced by another object;
//   only the touched entries are serialized again, and the file is still written whole each time.
const stormDbPath = require.resolve('stormdb', { paths: [require.resolve('cognito-local/lib/services/dataStore/stormDb.js')] });
const StormDB = require(stormDbPath);
const LocalEngine = StormDB.localFileEngine;

const isPlainObject = (value) => value !== null && typeof value === 'object'
  && [Object.prototype, null].includes(Object.getPrototypeOf(value)) && typeof value.toJSON !== 'function';

/** The JSON text of a data store, entry by entry, kept between writes. */
class EntryCache {
  constructor() {
    this.containers = new Map();
    this.touchedEntries = new Set();
    this.touchedContainers = new Set();
    this.everything = true;
  }

  /** Marks what a set or delete at `path` may have changed. */
  touch(path) {
    if (path.length === 0) {
      this.everything = true;
    } else if (path.length === 1) {
      this.touchedContainers.add(path[0]);
    } else {
      this.touchedEntries.add(`${path[0]}\u0000${path[1]}`);
    }
  }

  /** The bytes of JSON.stringify(state). */
  render(state) {
    if (!isPlainObject(state)) {
      this.containers.clear();
      return Buffer.from(JSON.stringify(state) ?? '');
    }
    const parts = [];
    const containers = new Map();
    for (const key of Object.keys(state)) {
      const value = state[key];
      if (!isPlainObject(value)) {
        const json = JSON.stringify(value);
        if (json !== undefined) {
          parts.push(Buffer.from(`${JSON.stringify(key)}:${json}`));
        }
        continue;
      }
      const stale = this.everything || this.touchedContainers.has(key);
      const previous = stale ? undefined : this.containers.get(key);
      const entries = new Map();
      const texts = [];
      for (const name of Object.keys(value)) {
        const entry = value[name];
        let cached = previous?.get(name);
        if (cached === undefined || cached.entry !== entry || this.touchedEntries.has(`${key}\u0000${name}`)) {
          const json = JSON.stringify(entry);
          cached = { entry, bytes: json === undefined ? undefined : Buffer.from(`${JSON.stringify(name)}:${json}`) };
        }
        entries.set(name, cached);
        if (cached.bytes !== undefined) {
          texts.push(cached.bytes);
        }
      }
      containers.set(key, entries);
      parts.push(Buffer.concat([Buffer.from(`${JSON.stringify(key)}:{`), ...join(texts), Buffer.from('}')]));
    }
    this.containers = containers;
    this.touchedEntries.clear();
    this.touchedContainers.clear();
    this.everything = false;
    return Buffer.concat([Buffer.from('{'), ...join(parts), Buffer.from('}')]);
  }
}

const COMMA = Buffer.from(',');
const join = (buffers) => buffers.flatMap((buffer, index) => (index === 0 ? [buffer] : [COMMA, buffer]));

StormDB.localFileEngine = class CompactLocalEngine extends LocalEngine {
  constructor(path, options = {}) {
    const cache = new EntryCache();
    super(path, { ...options, serialize: (data) => cache.render(data) });
    this.cache = cache;
  }
};

// The data store's only ways to change what it holds: both name the entry they change.
const { setValue, delete: remove } = StormDB.prototype;
StormDB.prototype.setValue = function setValueTracked(value, pointers = [], ...rest) {
  this.engine.cache?.touch([...this.pointers, ...pointers].map(String));
  return setValue.call(this, value, pointers, ...rest);
};
StormDB.prototype.delete = function deleteTracked(...args) {
  this.engine.cache?.touch(this.pointers.map(String));
  return remove.apply(this, args);
};
