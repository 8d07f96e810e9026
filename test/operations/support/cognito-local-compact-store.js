// Preloaded (node -r) into the cognito-local that seeded-cognito-local.ts starts.
// cognito-local rewrites a pool's whole file after every write with
// JSON.stringify(pool, replaceDatesWithISOStrings, 2); with thousands of users that serializer
// (a replacer and indentation force V8's slow path, and twice the bytes to encode) is most of
// the emulator's CPU. Plain JSON.stringify writes the same data: the replacer only turns Dates
// into toISOString(), which is what Date#toJSON returns, and indentation is whitespace that
// JSON.parse (readPool, cognito-local's own reviver at start) ignores. The replacer's checks
// (a non-Date in a `…Date` field) never fire here: cognito-local sets those fields from its
// clock and revives them as Dates when it loads a pool.
const stormDbPath = require.resolve('stormdb', { paths: [require.resolve('cognito-local/lib/services/dataStore/stormDb.js')] });
const StormDB = require(stormDbPath);
const LocalEngine = StormDB.localFileEngine;

StormDB.localFileEngine = class CompactLocalEngine extends LocalEngine {
  constructor(path, options = {}) {
    super(path, { ...options, serialize: (data) => JSON.stringify(data) });
  }
};
