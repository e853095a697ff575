import { readFileSync } from 'node:fs';
const { analyzeArticle } = await import('/work/main/dist/article/pipeline.js');
const text = readFileSync('/work/shared/data/articles/myanmar-junta-woos-moscow.txt', 'utf8');
for (let i = 0; i < 1500; i++) analyzeArticle(text, {});
