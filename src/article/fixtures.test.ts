// The hand-written fixtures (test/fixtures/articles/): one paragraph per quote pattern and date
// expression, and short articles in several outlets' house styles.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticle } from './pipeline.js';

const DIR = resolve(import.meta.dirname, '../../test/fixtures/articles');

interface ParagraphFixture {
  id: string;
  pattern: string;
  date?: string;
  text: string;
  quotes?: { speaker: string | null; role?: string; kind: 'direct' | 'partial'; starts: string; contains?: string }[];
  events?: { type: string; date?: string; place?: string }[];
}

const paragraphs = JSON.parse(readFileSync(resolve(DIR, 'paragraphs.json'), 'utf8')) as ParagraphFixture[];

describe('paragraph fixtures', () => {
  it('cover more than twenty patterns', () => {
    expect(paragraphs.length).toBeGreaterThanOrEqual(20);
  });

  for (const f of paragraphs) {
    it(`${f.id}: ${f.pattern}`, () => {
      const report = checkArticle(f.text, { date: f.date ?? '2021-06-28' });
      for (const want of f.quotes ?? []) {
        const got = report.quotes.find((q) => q.text.startsWith(want.starts));
        expect(got, `quote starting “${want.starts}” in ${JSON.stringify(report.quotes)}`).toBeDefined();
        expect(got!.speaker).toBe(want.speaker);
        expect(got!.kind).toBe(want.kind);
        if (want.role) expect(got!.speakerRole ?? '').toContain(want.role);
        if (want.contains) expect(got!.text).toContain(want.contains);
      }
      for (const want of f.events ?? []) {
        const got = report.events.find((e) => e.type === want.type);
        expect(got, `${want.type} event in ${JSON.stringify(report.events)}`).toBeDefined();
        if (want.date) expect(got!.date).toBe(want.date);
        if (want.place) expect(got!.place).toBe(want.place);
      }
    });
  }
});
