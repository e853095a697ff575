'use strict';
// V8's code cache for the command files (what Node 22's module.enableCompileCache does, by hand for
// Node 20): a command file is compiled from the bytes V8 kept from an earlier run, functions it ran
// included, instead of from source. Compiling `article`'s 600 KB cost ~40 ms of every start.
// The cache sits beside the files (dist/bin/.v8-cache), keyed by size and modification time; a
// cache that cannot be written (a read-only install) or that V8 rejects is simply not used.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

function install(dir) {
  const cacheDir = path.join(dir, '.v8-cache');
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    if (!filename.startsWith(dir + path.sep) || !filename.endsWith('.cjs')) return compile.call(this, content, filename);
    let stat;
    try {
      stat = fs.statSync(filename);
    } catch {
      return compile.call(this, content, filename);
    }
    const cacheFile = path.join(cacheDir, `${path.basename(filename)}-${stat.size}-${Math.floor(stat.mtimeMs)}.bin`);
    let cachedData;
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
    // `import()` inside the file (ES-only packages) loads as it would from the file itself.
    const importModuleDynamically = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER ?? ((specifier) => import(specifier));
    const script = new vm.Script(Module.wrap(content), { filename, cachedData, importModuleDynamically });
    const fn = script.runInThisContext({ displayErrors: true });
    const req = Module.createRequire(filename);
    if (cachedData === undefined || script.cachedDataRejected) {
      // Written at exit, so the functions this run compiled are in it too.
      process.once('exit', () => {
        try {
          fs.mkdirSync(cacheDir, { recursive: true });
          const tmp = `${cacheFile}.${process.pid}`;
          fs.writeFileSync(tmp, script.createCachedData());
          fs.renameSync(tmp, cacheFile);
        } catch {
          // Not writable: run without a cache.
        }
      });
    }
    return fn.call(this.exports, this.exports, req, this, filename, path.dirname(filename));
  };
}

module.exports = { install };
