#!/usr/bin/env node
// Whole-process benchmarks, each side by side with its baseline in the same run:
//   node start (the floor), the pandas peer script, our query on a stored database,
//   import + query. Wall time median of N runs; peak RSS via /usr/bin/time.
// Usage: npm run bench [-- --runs 7] [-- --keep-env]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const data = resolve(root, process.env.COUNTERWEIGHT_DATA ?? '../shared/data');
const register = join(data, 'sipri/trade-register-2024-10-13.csv');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
const out = join(root, 'bench/out');
mkdirSync(out, { recursive: true });
const db = join(out, 'bench.sqlite');
const cli = join(root, 'bin/counterweight.js');

// NODE_EXTRA_CA_CERTS makes every node process parse a certificate bundle at start (~35 ms here),
// which none of the benchmarked commands uses (no TLS) and the Python peer never pays: it is left
// out of the measured processes unless --keep-env is given.
const keepEnv = process.argv.includes('--keep-env');
const baseEnv = { ...process.env };
if (!keepEnv) delete baseEnv.NODE_EXTRA_CA_CERTS;

function time(cmd, args, env = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8', env: { ...baseEnv, ...env } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  const rssKiB = Number(r.stderr.trim().split('\n').pop());
  return { ms, rssMiB: rssKiB / 1024 };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function bench(name, fn) {
  fn(); // warm the page cache
  const rs = Array.from({ length: RUNS }, fn);
  const r = { name, ms: median(rs.map((x) => x.ms)), rssMiB: Math.max(...rs.map((x) => x.rssMiB)) };
  console.log(`${name.padEnd(44)} ${r.ms.toFixed(0).padStart(6)} ms  ${r.rssMiB.toFixed(0).padStart(5)} MiB peak`);
  return r;
}

const haveBuild = existsSync(join(root, 'dist/cli/main.js'));
if (!haveBuild) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
const query = ['suppliers', 'Myanmar', '--from', '2001', '--to', '2020', '--json', '--db', db];
const importArgs = ['import', '--quiet', '--db', db, '--json', register];

console.log(`runs per benchmark: ${RUNS} (median wall time, max peak RSS)`);
if (process.env.NODE_EXTRA_CA_CERTS && !keepEnv) console.log('NODE_EXTRA_CA_CERTS is set here: left out of the measured processes (--keep-env keeps it)');
console.log('');
const nodeStart = bench('node start (floor)', () => time(process.execPath, ['-e', '0']));
const pyPandas = spawnSync('/usr/bin/python3', ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0;
const peer = pyPandas
  ? bench('peer: pandas script, Myanmar 2001-2020', () => time('/usr/bin/python3', [join(root, 'bench/baseline/myanmar_shares.py'), register]))
  : (console.log('peer: pandas not installed (apt-get install python3-pandas) — skipped'), null);
execFileSync(process.execPath, [cli, ...importArgs], { stdio: 'ignore' });
const q = bench('ours: suppliers query, stored db', () => time(process.execPath, [cli, ...query]));
const iq = bench('ours: import register + query', () => {
  rmSync(db, { force: true });
  const a = time(process.execPath, [cli, ...importArgs]);
  const b = time(process.execPath, [cli, ...query]);
  return { ms: a.ms + b.ms, rssMiB: Math.max(a.rssMiB, b.rssMiB) };
});
const full = bench('ours: import all shared data (+reconcile)', () => {
  rmSync(db, { force: true });
  return time(process.execPath, [cli, 'import', '--quiet', '--json', '--db', db, '--data', data]);
});

console.log('');
if (peer) {
  console.log(`query vs peer:          ${(peer.ms / q.ms).toFixed(1)}x faster, ${(q.rssMiB / peer.rssMiB * 100).toFixed(0)} % of its memory`);
  console.log(`import+query vs peer:   ${(peer.ms / iq.ms).toFixed(1)}x faster`);
}
console.log(`query above node start: ${(q.ms - nodeStart.ms).toFixed(0)} ms`);
console.log(JSON.stringify({ runs: RUNS, nodeStart, peer, query: q, importAndQuery: iq, importAll: full }));
