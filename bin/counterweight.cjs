#!/usr/bin/env node
'use strict';
// The `counterweight` command: runs the file built for the command asked for (dist/bin/<command>.cjs,
// see scripts/bundle.mjs), or the one holding every command for help and mistyped commands.
// CommonJS on purpose: the ES module loader alone costs a plain query several milliseconds.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const dir = join(__dirname, '../dist/bin');
const asked = process.argv[2] ?? '';
const file = /^[a-z]+$/.test(asked) && existsSync(join(dir, `${asked}.cjs`)) ? asked : 'all';
// V8 runs a regular expression first in its interpreter and compiles it after, twice the work for
// the article check's large patterns (speech verbs, titles, dates) that one run uses a few times:
// compiled at once, `article` on one text takes half the time (bench/). Set before any is built,
// and only for the commands that check articles (loading node:v8 costs the others ~1 ms).
if (file === 'article' || file === 'serve' || file === 'all') require('node:v8').setFlagsFromString('--no-regexp-tier-up');
if (!existsSync(join(dir, `${file}.cjs`))) {
  process.stderr.write(`error: counterweight is not built (${dir} is missing): run \`npm run build\` in ${join(__dirname, '..')}\n`);
  process.exitCode = 1;
} else {
  require('./compile-cache.cjs').install(dir);
  require(join(dir, `${file}.cjs`));
}
