import { readFileSync } from 'node:fs';
const { analyzeArticle } = await import('/work/main/dist/article/pipeline.js');
const C = await import('/work/main/dist/article/model/claims.js');
const text = readFileSync('/work/shared/data/articles/myanmar-junta-woos-moscow.txt', 'utf8');
const doc = analyzeArticle(text, {});
const sents = doc.sentences.map((s) => doc.text.slice(s.start, s.end));
function t(label, f) { for (let i = 0; i < 200; i++) f(); const c = process.cpuUsage(); for (let i = 0; i < 2000; i++) f(); const u = process.cpuUsage(c); console.log(label.padEnd(20), ((u.user + u.system) / 2000).toFixed(1), 'µs'); }
for (const name of ['SUPPLIER_PHRASE', 'MORE_FROM', 'MOST_FROM', 'AS_MUCH', 'SHARE', 'TURNING_TO']) {
  const re = C[name];
  t(name, () => { for (const s of sents) { re.lastIndex = 0; re.exec(s); } });
}
t('RISING', () => { for (const s of sents) C.RISING.test(s); });
t('ARMS_CONTEXT', () => { for (const s of sents) C.ARMS_CONTEXT.test(s); });
for (const o of C.OUTSIDE_TOPICS) t('OUT ' + o.topic, () => { for (const s of sents) o.pattern.test(s); });
const { claims } = await import('/work/main/dist/article/stages/06-claims.js');
t('claims stage', () => claims({ ...doc }));
const { events } = await import('/work/main/dist/article/stages/05-events.js');
t('events stage', () => events({ ...doc }));
const { resolveDatePhrase } = await import('/work/main/dist/article/dates.js');
t('chrono x1', () => resolveDatePhrase('on June 20', '2021-06-22'));
const E = await import('/work/main/dist/article/model/dates.js');
t('DATE_PHRASE', () => { for (const s of sents) { E.DATE_PHRASE.lastIndex = 0; while (E.DATE_PHRASE.exec(s)); } });
