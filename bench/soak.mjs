#!/usr/bin/env node
// A soak of `counterweight serve` on loopback: 10 clients on cached brief and supplier queries, 2
// clients posting adversarial 200 KB articles, one re-import of all the data in the middle, and a
// probe of /healthz every 50 ms throughout. Reports failed cached queries (target 0), the /healthz
// p99 (target < 50 ms), and the server's resident memory growth from the end of the first sixth of
// the run to the end (target < 25 %).
// Usage: node bench/soak.mjs [--seconds 60]
import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const data = resolve(root, process.env.COUNTERWEIGHT_DATA ?? '../shared/data');
const secondsArg = process.argv.indexOf('--seconds');
const SECONDS = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 60;
const out = join(root, 'bench/out');
mkdirSync(out, { recursive: true });
const db = join(out, 'soak.sqlite');
const cli = join(root, 'bin/counterweight.cjs');
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

if (!existsSync(join(root, 'dist/bin/serve.cjs'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
rmSync(db, { force: true });
execFileSync(process.execPath, [cli, 'import', '--quiet', '--json', '--db', db, '--data', data], { stdio: 'ignore', env });

const server = spawn(process.execPath, [cli, 'serve', '--port', '0', '--db', db], { stdio: ['ignore', 'ignore', 'pipe'], env });
const url = await new Promise((ok, fail) => {
  let err = '';
  server.stderr.on('data', (c) => {
    err += c;
    const m = /Counterweight at (http:\/\/[^/\s]+)\//.exec(err);
    if (m) ok(m[1]);
  });
  server.on('exit', () => fail(new Error(`server exited: ${err}`)));
});

const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1]) / 1024;
const deadline = Date.now() + SECONDS * 1000;
const stats = { cached: 0, cachedFailed: 0, articles: 0, articleStatus: {}, healthz: [], rss: [] };

/** Adversarial articles: deep nesting, runs of quote marks and speech verbs, one huge line. */
const ADVERSARIAL = [
  `<html><body>${'<div>'.repeat(20_000)}<p>Russia sold jets to Myanmar.</p>${'</div>'.repeat(20_000)}</body></html>`,
  `“${'said '.repeat(40_000)}`,
  `${'“a” '.repeat(50_000)}`,
  `${'a '.repeat(100_000)}`,
];
const CACHED = ['/api/brief/Myanmar', '/api/suppliers?recipient=Myanmar&from=2001&to=2020', '/api/brief/India', '/api/suppliers?recipient=India'];

async function cachedClient(k) {
  for (let i = k; Date.now() < deadline; i++) {
    try {
      const res = await fetch(url + CACHED[i % CACHED.length]);
      await res.arrayBuffer();
      stats.cached++;
      if (res.status !== 200) stats.cachedFailed++;
    } catch {
      stats.cachedFailed++;
    }
  }
}

async function articleClient(k) {
  for (let i = k; Date.now() < deadline; i++) {
    try {
      const res = await fetch(`${url}/api/article`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: ADVERSARIAL[i % ADVERSARIAL.length] });
      await res.arrayBuffer();
      stats.articles++;
      stats.articleStatus[res.status] = (stats.articleStatus[res.status] ?? 0) + 1;
      if (res.status === 429 || res.status === 503) await new Promise((r) => setTimeout(r, Number(res.headers.get('retry-after') ?? 1) * 1000));
    } catch {
      stats.articleStatus.error = (stats.articleStatus.error ?? 0) + 1;
    }
  }
}

async function prober() {
  while (Date.now() < deadline) {
    const t = performance.now();
    try {
      const res = await fetch(`${url}/healthz`);
      await res.arrayBuffer();
      stats.healthz.push(res.status === 200 ? performance.now() - t : Infinity);
    } catch {
      stats.healthz.push(Infinity);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function memory() {
  const start = Date.now();
  while (Date.now() < deadline) {
    stats.rss.push({ t: (Date.now() - start) / 1000, mib: rss() });
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function reimport() {
  await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 2));
  const t = Date.now();
  // Asynchronously: a blocking call would freeze this process's clients for the whole import, and
  // their kept-alive sockets would be closed under them (failures of the harness, not the server).
  await new Promise((resolve, reject) => execFile(process.execPath, [cli, 'import', '--quiet', '--json', '--db', db, '--data', data], { env }, (e) => (e ? reject(e) : resolve())));
  console.log(`re-import in the middle: ${Date.now() - t} ms`);
}

console.log(`soak of ${url} for ${SECONDS} s: 10 cached-query clients, 2 adversarial-article clients, /healthz every 50 ms, one re-import`);
await Promise.all([
  ...Array.from({ length: 10 }, (_, k) => cachedClient(k)),
  articleClient(0),
  articleClient(1),
  prober(),
  memory(),
  reimport(),
]);
server.kill('SIGTERM');

const sorted = [...stats.healthz].sort((a, b) => a - b);
const p = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const first = stats.rss.find((r) => r.t >= SECONDS / 6) ?? stats.rss[0];
const last = stats.rss[stats.rss.length - 1];
const growth = (last.mib - first.mib) / first.mib;
console.log(`cached queries: ${stats.cached}, failed ${stats.cachedFailed} (target 0: ${stats.cachedFailed === 0 ? 'met' : 'NOT met'})`);
console.log(`articles: ${stats.articles} answered, by status ${JSON.stringify(stats.articleStatus)}`);
console.log(`/healthz: ${sorted.length} probes, p50 ${p(0.5).toFixed(1)} ms, p99 ${p(0.99).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms (target p99 < 50 ms: ${p(0.99) < 50 ? 'met' : 'NOT met'})`);
console.log(`server RSS: ${first.mib.toFixed(0)} MiB at ${first.t.toFixed(0)} s → ${last.mib.toFixed(0)} MiB at ${last.t.toFixed(0)} s, growth ${(growth * 100).toFixed(1)} % (target < 25 %: ${growth < 0.25 ? 'met' : 'NOT met'})`);
