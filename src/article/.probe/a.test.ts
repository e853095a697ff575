import { test } from 'vitest';
import { analyzeArticle, toReport } from '../pipeline.js';
test('p', () => {
  for (const t of ['Analyst Anthony Davis spoke first. Later Davis said the deal was done, and Mr Davis left.', 'The Arakan Army and Wagner Group fighters clashed with the Myanmar Army near Hamas positions.']) {
    const r = toReport(analyzeArticle('A plain test headline\n\n' + t, {}, 'actors'));
    console.log(JSON.stringify(r.actors.map((a) => [a.name, a.kind, a.mentions.map((m) => m.text)])));
  }
});
