import { readFileSync } from 'node:fs';
const { STAGES, newDoc } = await import('/work/main/dist/article/pipeline.js');
const text = readFileSync('/work/shared/data/articles/myanmar-junta-woos-moscow.txt', 'utf8');
const times = {};
for (let i = 0; i < 600; i++) {
  const doc = newDoc(text, {});
  for (const s of STAGES) { const c = process.cpuUsage(); s.run(doc); const d = process.cpuUsage(c); if (i >= 200) times[s.name] = (times[s.name] ?? 0) + (d.user + d.system) / 1000; }
}
let tot = 0; for (const [k, v] of Object.entries(times)) { tot += v / 400; console.log(k, (v / 400).toFixed(3), 'ms cpu'); } console.log('total', tot.toFixed(3));
