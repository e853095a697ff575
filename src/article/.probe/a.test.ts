import { test } from 'vitest';
import { analyzeArticle } from '../pipeline.js';
test('p', () => {
  const body = [
      'General Min Aung Hlaing headed to Moscow on June 20 for a security conference.',
      'The military toppled the elected government four months ago.',
      'Beijing and Moscow blocked a statement in the United Nations Security Council on Tuesday.',
      'The United States imposed sanctions on army-owned firms yesterday.',
      'Russia delivered six Su-30 fighter jets in March.',
    ].join('\n\n');
  const doc = analyzeArticle('A plain test headline\n\n' + body, { date: '2021-06-28' });
  console.log(JSON.stringify(doc.mentions.map((m) => [doc.text.slice(m.start, m.end), doc.actors[m.actor].name, m.place])));
  console.log(JSON.stringify(doc.events.map((e) => [e.type, e.actors, e.sentence.slice(0, 30)])));
});
