#!/usr/bin/env node
// Whole-process benchmark of the reconciled allocation, side by side with the even split in the
// same run: each run is a fresh `node` process that reads the register and both TIV tables,
// resolves names to entities and allocates the full register (even | reconciled). Wall time
// median of N runs per variant, plus the allocation step alone (CPU ms, measured in the child:
// this machine is shared, CPU time is steadier than wall time).
// Usage: node bench/reconcile.mjs [--runs 7]   (needs `npm run build`; builds if dist/ is missing)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const data = resolve(root, process.env.COUNTERWEIGHT_DATA ?? '../shared/data');
const FILES = {
  register: join(data, 'sipri/trade-register-2024-10-13.csv'),
  imports: join(data, 'sipri/tiv-imports-2024-10-13.csv'),
  exports: join(data, 'sipri/tiv-exports-2024-10-13.csv'),
};
const dist = (rel) => pathToFileURL(join(root, 'dist', rel)).href;

/** Child: one whole process, prints its phase timings as JSON. */
async function child(variant) {
  const t0 = performance.now();
  const { readSipriRegister } = await import(dist('sources/sipri-register.js'));
  const { readSipriTiv } = await import(dist('sources/sipri-tiv.js'));
  const { resolveSipriName } = await import(dist('entities/registry.js'));
  const { allocateDeliveriesEvenly } = await import(dist('analysis/allocate.js'));
  const { reconcileWithOfficialTotals } = await import(dist('analysis/reconcile.js'));
  const register = readSipriRegister(readFileSync(FILES.register), FILES.register).rows;
  const id = (name) => resolveSipriName(name).id;
  const table = (file) => {
    const out = new Map();
    for (const row of readSipriTiv(readFileSync(file), file).table.rows) {
      const years = out.get(id(row.name)) ?? new Map();
      for (const y of row.years) years.set(y.year, (years.get(y.year) ?? 0) + y.tiv);
      out.set(id(row.name), years);
    }
    return out;
  };
  const official = { imports: table(FILES.imports), exports: table(FILES.exports) };
  const deals = register
    .filter((d) => d.tivDelivered !== null && d.deliveryYears.length > 0)
    .map((d) => ({ key: d.line, supplier: id(d.supplier), recipient: id(d.recipient), years: d.deliveryYears, tiv: d.tivDelivered }));
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  let cells;
  let report = null;
  if (variant === 'even') cells = allocateDeliveriesEvenly(deals);
  else ({ cells, report } = reconcileWithOfficialTotals(deals, official));
  const c2 = process.cpuUsage(c1);
  const t2 = performance.now();
  process.stdout.write(
    JSON.stringify({
      readMs: t1 - t0,
      allocateMs: t2 - t1,
      allocateCpuMs: (c2.user + c2.system) / 1000,
      deals: deals.length,
      cells: cells.length,
      iterations: report?.iterations ?? null,
      cgSteps: report?.cgSteps ?? null,
      converged: report?.converged ?? null,
    }),
  );
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function run(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${r.stderr}`);
  return { ms, out: r.stdout ? JSON.parse(r.stdout) : null };
}

async function main() {
  const runsArg = process.argv.indexOf('--runs');
  const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
  if (!existsSync(join(root, 'dist/analysis/reconcile.js'))) {
    try {
      execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
    } catch {
      // tsc emits even when other files have type errors; carry on if it did.
    }
  }
  const self = import.meta.filename;
  const variants = [
    ['node start (floor)', ['-e', '0']],
    ['read + even split', [self, '--child', 'even']],
    ['read + reconcile', [self, '--child', 'reconciled']],
  ];
  const results = {};
  for (const [, args] of variants) run(args); // warm the page cache
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, so both variants see the same machine load.
    for (const [name, args] of variants) (results[name] ??= []).push(run(args));
  }
  console.log(`runs per variant: ${RUNS} (median); ${results['read + reconcile'][0].out.deals} deals\n`);
  console.log(`${'variant'.padEnd(22)} ${'process'.padStart(10)} ${'read+resolve'.padStart(13)} ${'allocate'.padStart(10)} ${'alloc CPU'.padStart(10)}`);
  const summary = {};
  for (const [name] of variants) {
    const rs = results[name];
    const s = {
      processMs: median(rs.map((r) => r.ms)),
      readMs: rs[0].out ? median(rs.map((r) => r.out.readMs)) : null,
      allocateMs: rs[0].out ? median(rs.map((r) => r.out.allocateMs)) : null,
      allocateCpuMs: rs[0].out ? median(rs.map((r) => r.out.allocateCpuMs)) : null,
    };
    summary[name] = { ...s, ...(rs[0].out ? { cells: rs[0].out.cells, iterations: rs[0].out.iterations, cgSteps: rs[0].out.cgSteps, converged: rs[0].out.converged } : {}) };
    const f = (x, w = 9) => (x === null ? '' : `${x.toFixed(0)} ms`).padStart(w);
    console.log(`${name.padEnd(22)} ${f(s.processMs, 10)} ${f(s.readMs, 13)} ${f(s.allocateMs, 10)} ${f(s.allocateCpuMs, 10)}`);
  }
  const even = summary['read + even split'];
  const rec = summary['read + reconcile'];
  console.log('');
  console.log(`whole process, reconciled / even: ${(rec.processMs / even.processMs).toFixed(2)}x (+${(rec.processMs - even.processMs).toFixed(0)} ms)`);
  console.log(`allocation step, reconciled / even: ${(rec.allocateMs / even.allocateMs).toFixed(1)}x wall, ${(rec.allocateCpuMs / even.allocateCpuMs).toFixed(1)}x CPU`);
  console.log(`reconcile: ${rec.iterations} Newton steps, ${rec.cgSteps} Hessian products, converged ${rec.converged}`);
  console.log(JSON.stringify({ runs: RUNS, ...summary }));
}

if (process.argv[2] === '--child') await child(process.argv[3]);
else await main();
