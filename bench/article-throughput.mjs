// Articles per second through the whole article check (clean → verdicts) on the reference article,
// on one core, from the built module. Run `npm run build` first.
//   node bench/article-throughput.mjs [seconds]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const dataDir = process.env.COUNTERWEIGHT_DATA ? resolve(process.env.COUNTERWEIGHT_DATA) : resolve(root, '../shared/data');
const { checkArticle } = await import(pathToFileURL(resolve(root, 'dist/article/pipeline.js')).href);

/** A constant oracle: the verdict stage's cost without a database (the real one adds its queries). */
const constantOracle = {
  resolve: (name) => ({ name, iso3: null }),
  coverage: () => ({ firstYear: 1950, lastYear: 2024 }),
  suppliers: (recipient, from, to, category) => ({
    totalTiv: 1000,
    suppliers: [
      { name: 'China', iso3: 'CHN', tiv: 450, share: 0.45 },
      { name: 'Russia', iso3: 'RUS', tiv: 400, share: 0.4 },
      { name: 'India', iso3: 'IND', tiv: 150, share: 0.15 },
    ],
    query: `suppliers(${recipient}, ${from}-${to}${category ? `, ${category}` : ''})`,
    dataset: 'constant',
  }),
  transfers: (recipient, supplier) => ({ deals: [], query: `orders(${recipient}${supplier ? `, ${supplier}` : ''})`, dataset: 'constant' }),
};

const seconds = Number(process.argv[2] ?? 3);
const reference = readFileSync(resolve(dataDir, 'articles/myanmar-junta-woos-moscow.txt'), 'utf8');
const words = (s) => (s.match(/\S+/g) ?? []).length;

/** The article, repeated until it reaches `target` words (paragraphs, not cut mid-sentence). */
function atLeast(text, target) {
  let out = text;
  for (let copy = 2; words(out) < target; copy++) out += `\n\n${text.split(/\n+/).map((p) => (p.trim() ? `${p} (${copy})` : p)).join('\n')}`;
  return out;
}

/**
 * Articles per second of CPU time on this thread (per core). The machine may be shared: each
 * measure is the best of several short rounds, the usual way to read through other load.
 */
function measure(label, text, opts) {
  for (let i = 0; i < 300; i++) checkArticle(text, opts); // warm-up (JIT, lazy lexicons)
  const rounds = Math.max(3, Math.round(seconds / 0.5));
  let best = 0;
  let wallBest = 0;
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const wall0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    while (process.hrtime.bigint() - wall0 < 500_000_000n) {
      checkArticle(text, opts);
      n++;
    }
    const wall = Number(process.hrtime.bigint() - wall0) / 1e9;
    const used = process.cpuUsage(cpu0);
    best = Math.max(best, n / ((used.user + used.system) / 1e6));
    wallBest = Math.max(wallBest, n / wall);
  }
  console.log(
    `${label.padEnd(46)} ${String(words(text)).padStart(5)} words  ${best.toFixed(0).padStart(5)} articles/s per core  ${(1000 / best).toFixed(2)} ms/article  (wall clock: ${wallBest.toFixed(0)}/s)`,
  );
  return best;
}

/** How fast this core is right now: a fixed integer loop (about 30 ms on an idle modern x86 core). */
function calibrate() {
  const c = process.cpuUsage();
  let x = 0;
  for (let i = 0; i < 3e7; i++) x = (x * 31 + i) | 0;
  const used = process.cpuUsage(c);
  return { ms: (used.user + used.system) / 1000, x };
}

// (The best of five: the first calls run before V8 has optimised the loop.)
const cal = [0, 1, 2, 3, 4].map(calibrate).reduce((a, b) => (b.ms < a.ms ? b : a));
console.log(`article check throughput, one core, node ${process.version}; calibration loop ${cal.ms.toFixed(0)} ms (≈30 ms idle), load ${(await import('node:os')).loadavg()[0].toFixed(1)}`);
measure('reference article, no oracle', reference, {});
measure('reference article, constant oracle (verdicts)', reference, { oracle: constantOracle });
// The reference article has 1,385 words; a shorter one would be repeated to 1,000 words (the copies'
// paragraphs numbered, so the cleaning does not drop them as duplicates).
if (words(reference) < 1000) measure('reference repeated to 1,000+ words', atLeast(reference, 1000), {});
