import { readFileSync } from 'node:fs';
const text = readFileSync('/work/shared/data/articles/myanmar-junta-woos-moscow.txt', 'utf8').toLowerCase();
const sents = text.split(/(?<=[.!?])\s+/);
const variants = {
  'b-trie': /\b(?:me(?:t|et)|talks|summit|hosted|con(?:ference|sultation)|discussion)/,
  'trie': /(?:me(?:t|et)|talks|summit|hosted|con(?:ference|sultation)|discussion)/,
  'flat': /met|meet|talks|summit|hosted|conference|consultation|discussion/,
  'includes': null,
};
const keys = ['met', 'meet', 'talks', 'summit', 'hosted', 'conference', 'consultation', 'discussion'];
for (const [k, re] of Object.entries(variants)) {
  const c = process.cpuUsage(); let n = 0;
  for (let i = 0; i < 3000; i++) for (const s of sents) { if (re ? re.test(s) : keys.some((x) => s.includes(x))) n++; }
  const u = process.cpuUsage(c); console.log(k, ((u.user + u.system) / 3000).toFixed(1), 'µs per article', n);
}
