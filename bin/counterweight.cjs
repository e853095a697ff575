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
if (!existsSync(join(dir, `${file}.cjs`))) {
  process.stderr.write(`error: counterweight is not built (${dir} is missing): run \`npm run build\` in ${join(__dirname, '..')}\n`);
  process.exitCode = 1;
} else {
  require(join(dir, `${file}.cjs`));
}
