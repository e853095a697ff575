import { readFileSync } from 'node:fs';
const { analyzeArticle } = await import('/work/main/dist/article/pipeline.js');
const { actors } = await import('/work/main/dist/article/stages/03-actors.js');
const { quotes } = await import('/work/main/dist/article/stages/04-quotes.js');
const { events } = await import('/work/main/dist/article/stages/05-events.js');
const text = readFileSync('/work/shared/data/articles/myanmar-junta-woos-moscow.txt', 'utf8');
const base = analyzeArticle(text, {}, 'sentences');
const stage = process.argv[2];
for (let i = 0; i < 1500; i++) { const d = { ...base, actors: [], mentions: [] }; actors(d); if (stage !== 'actors') { quotes(d); if (stage === 'events') events(d); } }
