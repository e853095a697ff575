#!/usr/bin/env node
// What the article check found in one development file (quotes with their sieve, events, claims),
// for working on the development part: node bench/article-debug.mjs 04 [--gold]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const dev = join(resolve(root, process.env.COUNTERWEIGHT_DATA ?? '../shared/data'), 'articles/dev');
const n = process.argv[2];
if (/^(2\d|30|5\d|6\d|70)$/.test(n)) throw new Error(`dev-${n} is in the hold-out: measure it with eval:articles, do not read it`);
const file = readdirSync(dev).find((f) => f.startsWith(`dev-${n}-`) && f.endsWith('.txt'));
const { parseDevArticle } = await import(pathToFileURL(join(root, 'dist/article/eval.js')).href);
const { checkArticle, analyzeArticle } = await import(pathToFileURL(join(root, 'dist/article/pipeline.js')).href);
const a = parseDevArticle(readFileSync(join(dev, file), 'utf8'));
const r = checkArticle(a.title ? `${a.title}\n\n${a.body}` : a.body, { date: a.date ?? undefined });
console.log(file, a.date);
if (process.argv.includes('--speech')) {
  const doc = analyzeArticle(a.title ? `${a.title}\n\n${a.body}` : a.body, { date: a.date ?? undefined });
  for (const sp of doc.speech) console.log(`S ${doc.text.slice(sp.verbStart, sp.verbEnd)} ← ${sp.speakerText ?? '-'} | ${doc.text.slice(Math.max(0, sp.verbStart - 60), sp.verbEnd + 20).replace(/\n/g, ' ')}`);
  for (const p of doc.actors.filter((x) => x.kind === 'person')) console.log(`P ${p.name} (${p.role ?? ''})`);
}
for (const q of r.quotes) console.log(`Q [${q.via}] ${q.speaker} (${q.speakerRole ?? ''}) “${q.text.slice(0, 70)}”`);
for (const e of r.events) console.log(`E ${e.type} ${e.date ?? '-'} ${e.actors.join(', ')} | ${e.sentence.slice(0, 80)}`);
for (const c of r.claims) console.log(`C ${c.kind} ${c.verdict} | ${c.text.slice(0, 100)}`);
if (process.argv.includes('--gold')) {
  const g = JSON.parse(readFileSync(join(dev, file.replace('.txt', '.gold.json')), 'utf8'));
  for (const q of g.quotes) console.log(`GQ ${q.speaker} “${q.text.slice(0, 70)}”`);
  for (const e of g.events) console.log(`GE ${e.type} ${e.date ?? '-'} ${e.actors.join(', ')}`);
  for (const c of g.claims) console.log(`GC ${c.text.slice(0, 100)}`);
}
