// Preloaded (node -r) into the cognito-local that seeded-cognito-local.ts starts.
// After every change, cognito-local rewrites the pool's whole file, and the API call that made
// the change waits for the write. With thousands of users each write is a megabyte, and it is
// what an import or a scan spends most of its time on. cognito-local reads its files only when
// it starts and keeps every pool in memory; the tests read a pool's file at a few points. So this
// engine keeps the changes in memory and writes the files, in cognito-local's own format, when it
// is asked: flushAll(), or a `{ flush: id }` message on the IPC channel, answered with
// `{ flushed: id }` once every file is written.
const fs = require('node:fs');

const stormDbPath = require.resolve('stormdb', { paths: [require.resolve('cognito-local/lib/services/dataStore/stormDb.js')] });
const StormDB = require(stormDbPath);
const LocalEngine = StormDB.localFileEngine;

/** Set by seeded-cognito-local.ts: flush on IPC messages. */
const FLUSH_ON_MESSAGE_ENV = 'COGNITO_LOCAL_FLUSH_ON_MESSAGE';
const engines = new Set();

StormDB.localFileEngine = class DeferredLocalEngine extends LocalEngine {
  constructor(path, options) {
    super(path, options);
    engines.add(this);
  }

  write(data) {
    if (!this.async) {
      return super.write(data);
    }
    this.unwritten = data;
    return Promise.resolve();
  }

  /** Writes what changed since the last flush; a file cognito-local deleted (DeleteUserPool) stays deleted. */
  flush() {
    if (this.unwritten !== undefined && fs.existsSync(this.path)) {
      fs.writeFileSync(this.path, this.serialize(this.unwritten));
    }
    this.unwritten = undefined;
  }
};

/** Writes every data store's changes to its file. */
function flushAll() {
  for (const engine of engines) {
    engine.flush();
  }
}

if (process.env[FLUSH_ON_MESSAGE_ENV] === '1') {
  process.on('message', (message) => {
    if (message !== null && typeof message === 'object' && 'flush' in message) {
      flushAll();
      process.send({ flushed: message.flush });
    }
  });
}

module.exports = { flushAll };
