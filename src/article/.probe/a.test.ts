import { test } from 'vitest';
import { analyzeArticle, toReport } from '../pipeline.js';
test('p', () => {
  const doc = analyzeArticle('A plain test headline\n\nGeneral Min Aung Hlaing headed to Moscow on June 20 for a security conference.\n\nThe military toppled the elected government four months ago.', { date: '2021-06-28' });
  console.log(JSON.stringify(doc.mentions.map((m) => [doc.text.slice(m.start, m.end), doc.actors[m.actor].name, m.place])));
  console.log(JSON.stringify(doc.events));
});
