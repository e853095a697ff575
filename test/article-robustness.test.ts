// The article check on the development part of the dev set (dev-01…20, 31…50), varied the ways real
// news varies (src/article/eval-variants.ts): other people's names, quote marks, tenses, inverted
// attributions, titles written out, chrome, one sentence per paragraph. A rule written for the
// wording of one article loses ground here; a general one does not. (The hold-out is not varied: it
// is for measuring only.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addScores, parseDevArticle, rates, scoreArticle, type Gold } from '../src/article/eval.js';
import { VARIANTS } from '../src/article/eval-variants.js';
import { checkArticle } from '../src/article/pipeline.js';
import { dataFile } from './data.js';

const dir = dataFile('articles/dev');
const development = readdirSync(dir)
  .filter((f) => /^dev-\d\d-.*\.txt$/.test(f))
  .filter((f) => {
    const n = Number(f.slice(4, 6));
    return !((n >= 21 && n <= 30) || n >= 51);
  })
  .sort()
  .map((f) => {
    const article = parseDevArticle(readFileSync(join(dir, f), 'utf8'));
    const gold = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
    return { text: article.title ? `${article.title}\n\n${article.body}` : article.body, date: article.date, gold };
  });

function quoteF1(vary: (text: string, gold: Gold) => { text: string; gold: Gold }): number {
  const scores = development.map((a) => {
    const { text, gold } = vary(a.text, a.gold);
    return scoreArticle(gold, checkArticle(text, { date: a.date ?? undefined }), a.date);
  });
  return rates(addScores(scores)).quoteF1;
}

describe('article check on varied development articles', () => {
  const plain = quoteF1((text, gold) => ({ text, gold }));

  it('reads the forty development articles', () => {
    expect(development).toHaveLength(40);
    expect(plain).toBeGreaterThanOrEqual(0.97);
  });

  // Renaming costs a few quotes the variant itself spoils (a name printed in capitals, a misspelt
  // surname, a new name of the other gender than the `she` that follows): 0.93 today.
  it('other people’s names: quote F1 ≥ 0.90', () => {
    expect(quoteF1(VARIANTS['other names'])).toBeGreaterThanOrEqual(0.9);
  });

  for (const name of Object.keys(VARIANTS).filter((n) => n !== 'other names')) {
    it(`${name}: quote F1 within 2 points of the plain text`, () => {
      expect(quoteF1(VARIANTS[name])).toBeGreaterThanOrEqual(plain - 0.02);
    });
  }
});
