'use strict';
// Jest's runtime, keeping for the life of a worker what it would otherwise redo for every test
// file: the sources of installed packages (read and decoded from disk) and V8's compiled code for
// every source it has compiled. Each test file has its own module registry and file cache, so
// each one read and compiled aws-cdk-lib, cdk-nag, the AWS SDK and the library again: about a
// fifth of a typical file's time. The modules still load and run afresh in every test file;
// installed packages do not change during a run, files outside node_modules are read as before,
// and a source that changed is compiled again.
// Plain JavaScript, because Jest loads its runtime untransformed.
const { sep } = require('node:path');
const vm = require('node:vm');
const Runtime = require('jest-runtime').default;

const INSTALLED = `${sep}node_modules${sep}`;
/** The sources of installed files this worker has read, by path. */
const installedSources = new Map();
/** By path: the source last compiled under that name and V8's cached data for it. */
const compiledCode = new Map();

/** A test file's own file cache that also remembers installed files for the next test file. */
class SourceCache extends Map {
  get(filename) {
    const own = super.get(filename);
    return own !== undefined ? own : installedSources.get(filename);
  }

  set(filename, source) {
    if (filename.includes(INSTALLED)) {
      installedSources.set(filename, source);
    }
    return super.set(filename, source);
  }
}

/** vm.compileFunction that starts from V8's cached data when the same source was compiled before. */
function compileWithCache(compileFunction, code, params, options) {
  const cached = compiledCode.get(options.filename);
  if (cached !== undefined && cached.code === code) {
    const fn = compileFunction(code, params, { ...options, cachedData: cached.cachedData });
    if (!fn.cachedDataRejected) {
      return fn;
    }
  }
  const fn = compileFunction(code, params, { ...options, produceCachedData: true });
  if (fn.cachedData !== undefined) {
    compiledCode.set(options.filename, { code, cachedData: fn.cachedData });
  }
  return fn;
}

module.exports = class WorkerCacheRuntime extends Runtime {
  constructor(config, environment, resolver, transformer, cacheFS, coverageOptions, ...rest) {
    super(config, environment, resolver, transformer, new SourceCache(cacheFS), coverageOptions, ...rest);
    // Jest's own compile, whose one vm.compileFunction call goes through the cache; a Jest
    // without this internal compiles as before. Coverage compiles as before too: code cached
    // while coverage was off would not count.
    const executor = this.executor;
    if (!coverageOptions?.collectCoverage && executor !== undefined && typeof executor.compile === 'function') {
      const compile = executor.compile.bind(executor);
      executor.compile = (scriptSource, filename) => {
        const compileFunction = vm.compileFunction;
        vm.compileFunction = (code, params, options) => compileWithCache(compileFunction, code, params, options);
        try {
          return compile(scriptSource, filename);
        } finally {
          vm.compileFunction = compileFunction;
        }
      };
    }
  }
};
