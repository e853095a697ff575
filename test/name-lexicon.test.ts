// The name lists the article check reads (src/article/model/name-lexicon.ts) are compromise's, as
// installed: regenerate with `node scripts/name-lexicon.mjs` when compromise changes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script without types
import { nameLists, render } from '../scripts/name-lexicon.mjs';

describe('name lexicon', () => {
  it('matches the installed compromise', () => {
    const version = (createRequire(import.meta.url)('compromise') as { version: string }).version;
    const file = readFileSync(resolve(import.meta.dirname, '../src/article/model/name-lexicon.ts'), 'utf8');
    expect(file).toBe(render(nameLists(), version));
  });
});
