#!/usr/bin/env node
// The IMF trade workbooks (235 of them): our import against pandas.read_excel reading the same
// files, side by side, interleaved; then `trade Myanmar --json` against Node's bare start.
// Usage: node bench/trade-import.mjs [--runs 3]
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const data = resolve(root, process.env.COUNTERWEIGHT_DATA ?? '../shared/data');
const folder = join(data, 'trade/imf-dots-2022');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const out = join(root, 'bench/out');
mkdirSync(out, { recursive: true });
const db = join(out, 'bench-trade.sqlite');
const cli = join(root, 'bin/counterweight.cjs');
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS; // see bench/run.mjs

function once(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8', env, maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  return { ms, rssMiB: Number(r.stderr.trim().split('\n').pop()) / 1024 };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function group(cases, runs) {
  const samples = cases.map(() => []);
  for (let i = 0; i < runs; i++) cases.forEach((c, k) => samples[k].push(c.fn()));
  return cases.map((c, k) => {
    const r = { ms: median(samples[k].map((x) => x.ms)), rssMiB: Math.max(...samples[k].map((x) => x.rssMiB)) };
    console.log(`${c.name.padEnd(52)} ${r.ms.toFixed(0).padStart(7)} ms  ${r.rssMiB.toFixed(0).padStart(5)} MiB peak`);
    return r;
  });
}

console.log(`runs: ${RUNS} (median), interleaved`);
const [peer, ours] = group([
  { name: 'peer: pandas.read_excel, 235 workbooks', fn: () => once('/usr/bin/python3', [join(root, 'bench/baseline/dots_read_excel.py'), folder]) },
  { name: 'ours: import the 235 trade workbooks', fn: () => { rmSync(db, { force: true }); return once(process.execPath, [cli, 'import', '--quiet', '--json', '--db', db, '--data', folder]); } },
], RUNS);
const [floor, trade] = group([
  { name: 'node start (floor): node -e 0', fn: () => once(process.execPath, ['-e', '0']) },
  { name: 'ours: trade Myanmar --json', fn: () => once(process.execPath, [cli, 'trade', 'Myanmar', '--json', '--db', db]) },
], Math.max(RUNS, 11));
const check = (ok) => (ok ? 'met' : 'NOT met');
console.log('');
console.log(`trade import vs pandas:  ${(peer.ms / ours.ms).toFixed(1)}x faster (target ≥ 3x: ${check(peer.ms / ours.ms >= 3)})`);
console.log(`trade vs node start:     ${(trade.ms / floor.ms).toFixed(1)}x (target ≤ 3x: ${check(trade.ms / floor.ms <= 3)})`);
