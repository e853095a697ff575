#!/usr/bin/env node
// The article check against the development set's gold annotations (shared/data/articles/dev):
// per file and in total, quote speaker-correct precision/recall/F1, claim recall and precision,
// event recall, and dates the text does not support — for the development part (dev-01…20,
// dev-31…50) and the hold-out (dev-21…30, dev-51…70) apart. `--misses` lists what was missed in the
// development part only: the hold-out is for measuring, never for reading misses.
// `--vary` scores the development part again under each variant of src/article/eval-variants.ts.
// Usage: npm run eval:articles [-- --misses] [-- --json] [-- --files 01,02] [-- --vary]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';

const root = resolve(import.meta.dirname, '..');
const data = resolve(root, process.env.COUNTERWEIGHT_DATA ?? '../shared/data');
const devDir = join(data, 'articles/dev');
if (!existsSync(join(root, 'dist/article/eval.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
const load = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
const { scoreArticle, addScores, rates, parseDevArticle } = await load('article/eval.js');
const { checkArticle, analyzeArticle } = await load('article/pipeline.js');
const { words, overlapOfShorter } = await load('article/eval.js');
const { openStore } = await load('store/db.js');
const { armsSession } = await load('engine/open.js');
const { armsOracle } = await load('engine/oracle.js');

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const only = args.includes('--files') ? args[args.indexOf('--files') + 1].split(',') : null;

// The verdicts read a store of all the shared data (built once here, again when the schema changes).
const { storeStatus } = await load('store/db.js');
const dbPath = join(root, 'bench/out/eval.sqlite');
if (!storeStatus(dbPath).current) {
  execFileSync(process.execPath, [join(root, 'bin/counterweight.cjs'), 'import', '--quiet', '--json', '--db', dbPath, '--data', data], { stdio: 'ignore' });
}
const oracle = armsOracle(armsSession(openStore(dbPath)));

const files = readdirSync(devDir).filter((f) => /^dev-\d\d-.*\.txt$/.test(f)).sort();
const holdOut = (n) => (n >= 21 && n <= 30) || n >= 51;
const rows = [];
for (const f of files) {
  const n = Number(f.slice(4, 6));
  if (only && !only.includes(f.slice(4, 6))) continue;
  const article = parseDevArticle(readFileSync(join(devDir, f), 'utf8'));
  const gold = JSON.parse(readFileSync(join(devDir, f.replace(/\.txt$/, '.gold.json')), 'utf8'));
  const input = article.title ? `${article.title}\n\n${article.body}` : article.body;
  const report = checkArticle(input, { date: article.date ?? undefined, oracle });
  const score = scoreArticle(gold, report, article.date);
  // Gold quotations that no pair of quote marks even found (before any attribution).
  const doc = analyzeArticle(input, { date: article.date ?? undefined });
  const spans = doc.quoteSpans.map((q) => words(q.segments.map((sg) => doc.text.slice(sg.start, sg.end)).join(' ')));
  const undetected = gold.quotes.filter((g) => !spans.some((w) => overlapOfShorter(words(g.text), w) >= 0.6)).length;
  // Found by the marks but left out of the report (no sieve, or taken for a name).
  const dropped = gold.quotes.filter((g) => spans.some((w) => overlapOfShorter(words(g.text), w) >= 0.6) && !report.quotes.some((q) => overlapOfShorter(words(g.text), words(q.text)) >= 0.6));
  if (process.env.CW_DROPPED && !holdOut(n)) for (const d of dropped) console.log(`DROPPED ${f.slice(0, 6)}: ${d.text.slice(0, 80)} — ${d.speaker}`);
  rows.push({ file: f.replace(/\.txt$/, ''), n, part: holdOut(n) ? 'hold-out' : 'dev', score, undetected, dropped: dropped.length });
}

const pct = (x) => `${(x * 100).toFixed(0).padStart(3)}%`;
const line = (label, s) => {
  const r = rates(s);
  return `${label.padEnd(64)} quotes P ${pct(r.quoteP)} R ${pct(r.quoteR)} F1 ${pct(r.quoteF1)}  claims R ${s.claims.found}/${s.claims.gold} P ${pct(r.claimP)}  events ${s.events.found}/${s.events.gold}  undated ${s.unsupportedDates}`;
};
if (!args.includes('--json')) {
  for (const r of rows) console.log(line(`${r.part === 'dev' ? ' ' : '*'} ${r.file}`, r.score));
  console.log('(* = hold-out)\n');
}
const totals = {};
for (const [name, part] of [['development (dev-01…20, 31…50)', 'dev'], ['hold-out (dev-21…30, 51…70)', 'hold-out'], ['hold-out dev-21…30', 'h1'], ['all', null]]) {
  const subset = rows.filter((r) => (part === 'h1' ? r.n >= 21 && r.n <= 30 : part === null || r.part === part));
  if (!subset.length) continue;
  const sum = addScores(subset.map((r) => r.score));
  totals[name] = { ...rates(sum), counts: sum };
  if (!args.includes('--json')) console.log(line(`TOTAL ${name} (${subset.length} files)`, sum));
}
// Kinds of error per part, counted (not read): what to work on, without looking at hold-out text.
if (!args.includes('--json')) {
  for (const part of ['dev', 'hold-out']) {
    const m = rows.filter((r) => r.part === part).flatMap((r) => r.score.misses.quotes);
    const kinds = { missed: 0, 'wrong speaker': 0, extra: 0 };
    const bySieve = {};
    for (const x of m) {
      const k = x.startsWith('missed') ? 'missed' : x.startsWith('speaker') ? 'wrong speaker' : 'extra';
      kinds[k]++;
      const via = /\[([^\]]+)\]$/.exec(x)?.[1];
      if (via && k !== 'missed') bySieve[`${k}: ${via}`] = (bySieve[`${k}: ${via}`] ?? 0) + 1;
    }
    const undetected = rows.filter((r) => r.part === part).reduce((t, r) => t + r.undetected, 0);
    const dropped = rows.filter((r) => r.part === part).reduce((t, r) => t + r.dropped, 0);
    console.log(`${part} quote errors: ${JSON.stringify(kinds)} (of the missed, ${undetected} not found by the quote marks, ${dropped} found and left out) ${JSON.stringify(bySieve)}`);
  }
}
if (showMisses) {
  for (const r of rows.filter((x) => x.part === 'dev')) {
    const m = r.score.misses;
    const all = [...m.quotes.map((x) => `Q ${x}`), ...m.claims.map((x) => `C ${x}`), ...m.events.map((x) => `E ${x}`), ...m.dates.map((x) => `D ${x}`)];
    if (all.length) console.log(`\n${r.file}\n  ${all.join('\n  ')}`);
  }
}
// `--vary`: the development part again, varied the ways real news varies (src/article/eval-variants.ts).
if (args.includes('--vary')) {
  const { VARIANTS } = await load('article/eval-variants.js');
  const dev = files.filter((f) => !holdOut(Number(f.slice(4, 6))) && (!only || only.includes(f.slice(4, 6))));
  totals.variants = {};
  for (const [name, vary] of [['plain', (text, gold) => ({ text, gold })], ...Object.entries(VARIANTS)]) {
    const scores = dev.map((f) => {
      const article = parseDevArticle(readFileSync(join(devDir, f), 'utf8'));
      const gold0 = JSON.parse(readFileSync(join(devDir, f.replace(/\.txt$/, '.gold.json')), 'utf8'));
      const { text, gold } = vary(article.title ? `${article.title}\n\n${article.body}` : article.body, gold0);
      return scoreArticle(gold, checkArticle(text, { date: article.date ?? undefined }), article.date);
    });
    const r = rates(addScores(scores));
    totals.variants[name] = r;
    if (!args.includes('--json')) console.log(`varied development part, ${name.padEnd(20)} quotes P ${pct(r.quoteP)} R ${pct(r.quoteR)} F1 ${pct(r.quoteF1)}  claims R ${pct(r.claimR)} P ${pct(r.claimP)}`);
  }
}
if (args.includes('--json')) console.log(JSON.stringify(totals, null, 1));
