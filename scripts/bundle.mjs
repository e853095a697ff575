// The installed command's start-up: one self-contained CommonJS file per command in dist/bin/,
// built with esbuild, so `counterweight suppliers …` loads one file instead of ~150 ES modules
// (CommonJS also skips the ES module loader's own start-up). What a command loads only sometimes
// (`import()` in the sources: renderers, the importer, fetch, the server) becomes a file of its own,
// loaded on first use. Measured: `suppliers --json` 60 → 40 ms (see bench/).
// tsc still type-checks and emits dist/ as ES modules for library use (bench, tests).
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'dist/bin');
rmSync(out, { recursive: true, force: true });

/** Command → its module and registration function, read from src/cli/commands.ts (the one table). */
const table = readFileSync(resolve(root, 'src/cli/commands.ts'), 'utf8');
const commands = [...table.matchAll(/^\s+(\w+): async \(\) => \(await import\('\.\/([\w-]+)\.js'\)\)\.(\w+),$/gm)].map((m) => ({ name: m[1], module: m[2], register: m[3] }));
if (commands.length < 10) throw new Error(`bundle: could not read the command table in src/cli/commands.ts (found ${commands.length})`);

/** The entry of one command's file: the program with that command only. */
function entryOf(names) {
  const own = commands.filter((c) => names.includes(c.name));
  return [
    "import { main } from './program.ts';",
    ...[...new Set(own.map((c) => c.module))].map((m) => `import * as m_${m.replace(/-/g, '_')} from './${m}.ts';`),
    `const table = { ${own.map((c) => `${JSON.stringify(c.name)}: async () => m_${c.module.replace(/-/g, '_')}.${c.register}`).join(', ')} };`,
    'main(process.argv, table).then((code) => { process.exitCode = code; });',
  ].join('\n');
}

/**
 * Commander requires node:child_process at load (for executable sub-commands, which this CLI does
 * not have); that pulls in net, dgram, streams and readline, ~4 ms of every start. It gets a proxy
 * that loads the real module on first use instead.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander/') ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "let m; module.exports = new Proxy({}, { get: (_, k) => (m ??= require('node:child_process'))[k] });",
      loader: 'js',
    }));
  },
};

/** Each `import('./x.js')` of our own code becomes a file of its own, required on first use. */
function lazyFiles(found) {
  return {
    name: 'lazy-files',
    setup(b) {
      b.onResolve({ filter: /^\.{1,2}\// }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const source = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
        const name = `lazy-${relative(resolve(root, 'src'), source).replace(/\.ts$/, '').replace(/[/\\]/g, '-')}`;
        found.set(name, source);
        return { path: `./${name}.cjs`, external: true };
      });
    },
  };
}

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outdir: out,
  outExtension: { '.js': '.cjs' },
  // The compiled SQLite and resvg addons stay in node_modules (loaded by path / require).
  external: ['@resvg/resvg-js'],
  // Files sit two levels below the package root, like src/<folder>/*.ts: paths built from
  // import.meta.url ('../../src/…', '../../package.json') resolve the same from both.
  define: { 'import.meta.url': '__cwModuleUrl', 'import.meta.dirname': '__dirname' },
  banner: { js: "const __cwModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  logLevel: 'warning',
};

// The commands (and, for help or a mistyped command, all of them), then every lazily loaded file
// they name, until no new one turns up.
const lazy = new Map();
const entries = [...commands.map((c) => ({ name: c.name, contents: entryOf([c.name]) })), { name: 'all', contents: entryOf(commands.map((c) => c.name)) }];
// Worker threads' scripts: started by path (server/article-pool.ts), so each is a file of its own.
const workers = { 'article-worker': resolve(root, 'src/server/article-worker.ts') };
await build({
  ...common,
  plugins: [lazyChildProcess, lazyFiles(lazy), virtualEntries(entries)],
  entryPoints: Object.fromEntries(entries.map((e) => [e.name, `cw-entry:${e.name}`])),
});
await build({ ...common, plugins: [lazyChildProcess, lazyFiles(lazy)], entryPoints: workers });
const built = new Set();
while ([...lazy.keys()].some((k) => !built.has(k))) {
  const todo = [...lazy].filter(([k]) => !built.has(k));
  for (const [k] of todo) built.add(k);
  await build({
    ...common,
    plugins: [lazyChildProcess, lazyFiles(lazy)],
    entryPoints: Object.fromEntries(todo),
  });
}

function virtualEntries(list) {
  return {
    name: 'virtual-entries',
    setup(b) {
      b.onResolve({ filter: /^cw-entry:/ }, (args) => ({ path: args.path.slice('cw-entry:'.length), namespace: 'cw-entry' }));
      b.onLoad({ filter: /.*/, namespace: 'cw-entry' }, (args) => ({
        contents: list.find((e) => e.name === args.path).contents,
        resolveDir: resolve(root, 'src/cli'),
        loader: 'ts',
      }));
    },
  };
}

// Our lazy files are CommonJS: `import('./lazy-x.cjs')` becomes a require on first use. (V8's code
// cache, bin/compile-cache.cjs, drops what a dynamic import needs on Node 20, and a require of a
// CommonJS file is all the import did.)
for (const f of readdirSync(out)) {
  if (!f.endsWith('.cjs')) continue;
  const path = resolve(out, f);
  const text = readFileSync(path, 'utf8');
  const lazy = text.replace(/\bimport\("(\.\/lazy-[\w-]+\.cjs)"\)/g, 'Promise.resolve().then(() => require("$1"))');
  if (lazy !== text) writeFileSync(path, lazy);
}

