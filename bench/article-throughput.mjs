// Articles per second through the whole article check (clean → verdicts) on the reference article,
// on one core, from the built module. Run `npx tsc -p tsconfig.json` first.
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
};

const seconds = Number(process.argv[2] ?? 3);
const reference = readFileSync(resolve(dataDir, 'articles/myanmar-junta-woos-moscow.txt'), 'utf8');
const words = (s) => (s.match(/\S+/g) ?? []).length;

/** The article, repeated until it reaches `target` words (paragraphs, not cut mid-sentence). */
function atLeast(text, target) {
  let out = text;
  while (words(out) < target) out += `\n\n${text}`;
  return out;
}

/** Articles per second of CPU time on this thread (per core), and per second of wall time. */
function measure(label, text, opts) {
  for (let i = 0; i < 50; i++) checkArticle(text, opts); // warm-up (JIT, lazy lexicons)
  let n = 0;
  const wall0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const budget = BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() - wall0 < budget) {
    checkArticle(text, opts);
    n++;
  }
  const wall = Number(process.hrtime.bigint() - wall0) / 1e9;
  const cpuUsed = process.cpuUsage(cpu0);
  const cpu = (cpuUsed.user + cpuUsed.system) / 1e6;
  const perCpuSecond = n / cpu;
  console.log(
    `${label.padEnd(44)} ${String(words(text)).padStart(5)} words  ${perCpuSecond.toFixed(0).padStart(6)} articles/s per core (CPU time)  ${(1000 / perCpuSecond).toFixed(2)} ms/article  [wall: ${(n / wall).toFixed(0)}/s]`,
  );
  return perCpuSecond;
}

console.log(`article check throughput, one core, node ${process.version}`);
measure('reference article, no oracle', reference, {});
measure('reference article, constant oracle (verdicts)', reference, { oracle: constantOracle });
if (words(reference) < 1000) measure('reference repeated to 1,000+ words', atLeast(reference, 1000), {});
measure('reference repeated to 5,000+ words', atLeast(reference, 5000), {});
