import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeArticle, toReport } from '../pipeline.js';
import { myanmarOracle } from '../../../test/fixtures/articles/myanmar-oracle.js';
test('probe', () => {
  const input = readFileSync('/work/shared/data/articles/myanmar-junta-woos-moscow.txt', 'utf8');
  const doc = analyzeArticle(input, { oracle: myanmarOracle() });
  const r = toReport(doc);
  console.log(doc.problems);
  for (const a of r.actors) if (a.kind === 'person') console.log(a.kind, '|', a.name, '|', a.role, '|', a.mentions.length);
  for (const s of doc.speech) console.log('ACT', doc.text.slice(s.verbStart, s.verbEnd), '|', s.source, '|', s.speaker != null ? doc.actors[s.speaker].name : s.speakerText, '|', s.role);
  for (const q of r.quotes) console.log('Q', q.kind, '|', q.speaker, '|', q.speakerRole, '|', q.text.slice(0, 60));
  for (const e of r.events) console.log('E', e.type, '|', e.date, '|', e.dateText, '|', e.place, '|', e.actors.join(', '), '|', e.sentence.slice(0, 70));
  for (const c of r.claims) console.log('C', c.kind, '|', c.subject, '|', c.about.join(','), '|', JSON.stringify(c.window), '|', c.verdict, '|', c.evidence, '|', c.query, '|', c.text.slice(0, 80));
});
