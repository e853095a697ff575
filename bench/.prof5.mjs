import { readFileSync } from 'node:fs';
const { analyzeArticle } = await import('/work/main/dist/article/pipeline.js');
const mod = await import('/work/main/dist/article/stages/' + process.argv[2] + '.js');
const fn = Object.values(mod).find((f) => typeof f === 'function' && f.name === process.argv[3]);
const text = readFileSync('/work/shared/data/articles/myanmar-junta-woos-moscow.txt', 'utf8');
const base = analyzeArticle(text, {});
const c = process.cpuUsage();
for (let i = 0; i < 3000; i++) { const d = { ...base, removed: [], problems: [] }; fn(d); }
const u = process.cpuUsage(c); console.error(process.argv[3], ((u.user + u.system) / 3000 / 1000).toFixed(3), 'ms');
