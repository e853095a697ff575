#!/usr/bin/env node
// The article check against hostile shapes, as whole processes (`counterweight article FILE --json`):
// 10,000 nested <div>s, and 1 MB single lines of speech verbs, quote marks, both, plain words, and a
// real article repeated — each at 250 KB, 500 KB and 1 MB, so that time growing faster than the input
// shows at once (linear: 1 MB takes about 4× the 250 KB time, less the fixed start). Then batch mode:
// the development articles through `article --batch` with one worker and with two, side by side.
// Usage: node bench/article-scaling.mjs [--runs 3]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const data = resolve(root, process.env.COUNTERWEIGHT_DATA ?? '../shared/data');
const out = join(root, 'bench/out/scaling');
mkdirSync(out, { recursive: true });
const cli = join(root, 'bin/counterweight.cjs');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS; // see bench/run.mjs: a TLS bundle none of this uses
const db = join(root, 'bench/out/eval.sqlite'); // built by bench/eval-articles.mjs; absent: claims unchecked

function time(args, input) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [cli, ...args], { env, input, maxBuffer: 1 << 30, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

const reference = readFileSync(join(data, 'articles/myanmar-junta-woos-moscow.txt'), 'utf8').replace(/\n+/g, ' ');
const shapes = {
  'speech verbs (said said …)': (n) => 'said '.repeat(Math.ceil(n / 5)).slice(0, n),
  'quote marks (“a” “a” …)': (n) => '“a” '.repeat(Math.ceil(n / 4)).slice(0, n),
  'verbs and open quotes (said “ …)': (n) => 'said “ '.repeat(Math.ceil(n / 7)).slice(0, n),
  'one sentence of quotes and asides': (n) => 'Plaut — a man — said “x” (who is) said – '.repeat(Math.ceil(n / 44)).slice(0, n),
  'plain words (a a a …)': (n) => 'a '.repeat(Math.ceil(n / 2)).slice(0, n),
  'the reference article repeated': (n) => reference.repeat(Math.ceil(n / reference.length)).slice(0, n),
};
const sizes = [250_000, 500_000, 1_000_000];
console.log(`article check on hostile input, whole processes, median of ${RUNS} (seconds)\n`);
console.log(`${'shape'.padEnd(36)} ${sizes.map((s) => `${s / 1000} KB`.padStart(9)).join('')}   1 MB / 250 KB`);
let worst = 0;
for (const [name, make] of Object.entries(shapes)) {
  const times = sizes.map((n) => {
    const file = join(out, `${name.replace(/\W+/g, '-')}-${n}.txt`);
    writeFileSync(file, make(n));
    return time(['article', file, '--json', '--db', db]);
  });
  worst = Math.max(worst, times[2]);
  console.log(`${name.padEnd(36)} ${times.map((t) => t.toFixed(2).padStart(9)).join('')}   ${(times[2] / times[0]).toFixed(1)}x`);
}
const nested = join(out, 'nested-10000.html');
writeFileSync(nested, `<html><head><title>Deep</title></head><body>${'<div>'.repeat(10_000)}<p>Russia said it sold 12 Su-30 jets to Myanmar in 2018.</p>${'</div>'.repeat(10_000)}</body></html>`);
const nestedTime = time(['article', nested, '--json', '--db', db]);
console.log(`\n10,000 nested <div>s (${(readFileSync(nested).length / 1000).toFixed(0)} KB): ${nestedTime.toFixed(2)} s (target ≤ 1 s: ${nestedTime <= 1 ? 'met' : 'NOT met'})`);
console.log(`slowest 1 MB line: ${worst.toFixed(2)} s (target ≤ 1 s: ${worst <= 1 ? 'met' : 'NOT met'})`);

// Batch mode: the development articles, repeated to a few hundred lines, with 1 and with 2 workers.
const dev = join(data, 'articles/dev');
const articles = readdirSync(dev).filter((f) => /^dev-\d\d-.*\.txt$/.test(f)).map((f) => readFileSync(join(dev, f), 'utf8').split('\n').slice(4).join('\n'));
const lines = [];
for (let i = 0; lines.length < 700; i++) lines.push(JSON.stringify({ id: i, text: articles[i % articles.length] }));
const feed = lines.join('\n') + '\n';
const one = time(['article', '--batch', '-', '--workers', '1', '--db', db], feed);
const two = time(['article', '--batch', '-', '--workers', '2', '--db', db], feed);
console.log(`\nbatch of ${lines.length} articles (${cpus().length} cores): 1 worker ${one.toFixed(2)} s (${(lines.length / one).toFixed(0)}/s), 2 workers ${two.toFixed(2)} s (${(lines.length / two).toFixed(0)}/s): ${(one / two).toFixed(2)}x (target ≥ 1.7x: ${one / two >= 1.7 ? 'met' : 'NOT met'})`);

// What this machine gives two busy threads at all: two independent 1-worker batches at once,
// against one alone. Batch mode cannot beat this ceiling.
const both = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = process.hrtime.bigint();
  const procs = [0, 1].map(() => new Promise((done) => {
    const child = spawn(process.execPath, [cli, 'article', '--batch', '-', '--workers', '1', '--db', db], { env, stdio: ['pipe', 'ignore', 'ignore'] });
    child.on('exit', done);
    child.stdin.end(feed);
  }));
  await Promise.all(procs);
  both.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
const pair = both.sort((a, b) => a - b)[Math.floor(both.length / 2)];
console.log(`machine ceiling: two independent 1-worker batches at once ${pair.toFixed(2)} s for twice the work: ${((2 * one) / pair).toFixed(2)}x`);
