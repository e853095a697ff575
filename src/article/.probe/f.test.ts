import { test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { checkArticle } from '../pipeline.js';
test('probe fixtures', () => {
  const dir = '/work/main/test/fixtures/articles/';
  for (const f of readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f))) {
    const r = checkArticle(readFileSync(dir + f, 'utf8'), {});
    console.log('=====', f, '|', r.title, '|', r.date, r.dateSource);
    console.log('REMOVED', r.removed.map((x) => x.reason + ':' + x.text.slice(0, 40)).join(' || '));
    for (const a of r.actors) console.log('A', a.kind, '|', a.name, '|', a.iso3 ?? '', '|', a.role ?? '', '|', a.mentions.length);
    for (const q of r.quotes) console.log('Q', q.kind, '|', q.speaker, '|', q.speakerRole, '|', q.text.slice(0, 50));
    for (const e of r.events) console.log('E', e.type, '|', e.date, '|', e.dateText, '|', e.place, '|', e.actors.join(', '));
    for (const c of r.claims) console.log('C', c.kind, '|', c.subject, '|', c.about.join(','), '|', JSON.stringify(c.window), '|', c.verdict, '|', c.text.slice(0, 70));
  }
});
