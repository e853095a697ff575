#!/usr/bin/env node
// HTTP throughput of `counterweight serve`: the built server in a child process on 127.0.0.1,
// autocannon in this one, each endpoint for a fixed time with a bounded number of connections.
// Side by side: /healthz (the floor: routing, middleware, a tiny JSON) and the cached brief,
// plain and gzipped. Prints requests/s and latency percentiles, and the server's own CPU time per
// request (from /proc: on a busy or 2-core machine autocannon competes for the same cores, so
// req/s understates what the server can do), then one JSON line.
// Usage: node bench/server.mjs [--duration 10] [--connections 10]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';

const root = resolve(import.meta.dirname, '..');
const data = resolve(root, process.env.COUNTERWEIGHT_DATA ?? '../shared/data');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const DURATION = arg('duration', 10);
const CONNECTIONS = arg('connections', 10);
const out = join(root, 'bench/out');
mkdirSync(out, { recursive: true });
const db = join(out, 'server.sqlite');
const cli = join(root, 'bin/counterweight.cjs');

if (!existsSync(join(root, 'dist/bin/serve.cjs'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
// Always a fresh store: one left by an older build may have another schema.
console.log(`importing ${data} into ${db} …`);
execFileSync(process.execPath, [cli, 'import', '--quiet', '--json', '--db', db, '--data', data], { stdio: 'ignore' });

/** Start the server on a free port of 127.0.0.1; resolves with its URL once it listens. */
function startServer() {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--host', '127.0.0.1', '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolvePromise, reject) => {
    let err = '';
    child.stderr.on('data', (chunk) => {
      err += chunk;
      const m = /Counterweight at (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
      if (m) resolvePromise({ child, url: m[1] });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${err}`)));
  });
}

function run(url, title, headers = {}) {
  return new Promise((resolvePromise, reject) => {
    autocannon({ url, title, connections: CONNECTIONS, duration: DURATION, headers }, (error, r) => (error ? reject(error) : resolvePromise(r)));
  });
}

/** CPU seconds (user + system) the child has used, or null off Linux. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

const { child, url } = await startServer();
try {
  const cases = [
    { name: 'baseline: GET /healthz', path: '/healthz' },
    { name: 'GET /api/brief/Myanmar (cached)', path: '/api/brief/Myanmar' },
    { name: 'GET /api/brief/Myanmar (cached, gzip)', path: '/api/brief/Myanmar', headers: { 'accept-encoding': 'gzip' } },
  ];
  // The first request computes and caches the brief; time it once.
  const t0 = performance.now();
  const first = await fetch(`${url}/api/brief/Myanmar`);
  const body = await first.text();
  const firstMs = performance.now() - t0;
  if (first.status !== 200) throw new Error(`brief: HTTP ${first.status}: ${body.slice(0, 200)}`);
  console.log(`server ${url}; ${CONNECTIONS} connections, ${DURATION} s per run; brief JSON ${(body.length / 1024).toFixed(0)} KiB, first (uncached) request ${firstMs.toFixed(0)} ms\n`);
  console.log(`${'endpoint'.padEnd(40)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'max ms'.padStart(7)} ${'non-2xx'.padStart(8)} ${'server µs/req'.padStart(14)}`);
  const rows = [];
  for (const c of cases) {
    const cpu0 = cpuSeconds(child.pid);
    const r = await run(`${url}${c.path}`, c.name, c.headers);
    const cpu1 = cpuSeconds(child.pid);
    const row = {
      serverCpuMicrosPerRequest: cpu0 === null || cpu1 === null ? null : Math.round(((cpu1 - cpu0) / r.requests.total) * 1e6),
      name: c.name, reqPerSec: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max,
      non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts, throughputMiBs: +(r.throughput.average / 1048576).toFixed(1),
    };
    rows.push(row);
    console.log(`${c.name.padEnd(40)} ${String(row.reqPerSec).padStart(8)} ${String(row.p50).padStart(7)} ${String(row.p99).padStart(7)} ${String(row.max).padStart(7)} ${String(row.non2xx + row.errors).padStart(8)} ${String(row.serverCpuMicrosPerRequest ?? '–').padStart(14)}`);
  }
  const brief = rows[1];
  const target = brief.reqPerSec >= 5000 && brief.p99 < 50;
  console.log('\n(gzip: autocannon itself is slower on compressed bodies — a bare Node server sending the same bytes drops alike.)');
  console.log(`cached brief: ${brief.reqPerSec} req/s, p99 ${brief.p99} ms (${(brief.reqPerSec / rows[0].reqPerSec * 100).toFixed(0)} % of the /healthz floor) — target ≥ 5,000 req/s with p99 < 50 ms: ${target ? 'met' : 'NOT met'}`);
  console.log(JSON.stringify({ connections: CONNECTIONS, duration: DURATION, firstBriefMs: Math.round(firstMs), briefBytes: body.length, runs: rows }));
} finally {
  child.kill('SIGTERM');
}
