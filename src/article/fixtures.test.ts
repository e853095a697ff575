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
        // Words nobody is said to have said (scare quotes, names) are not reported as quotes at all.
        if (want.speaker === null && !got) continue;
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

const article = (file: string) => checkArticle(readFileSync(resolve(DIR, file), 'utf8'), {});
const quoteBy = (report: ReturnType<typeof checkArticle>) => report.quotes.map((q) => [q.speaker, q.kind, q.text.slice(0, 24)]);
const claimsIn = (report: ReturnType<typeof checkArticle>) => report.claims.map((c) => [c.kind, c.subject, c.about.join(' & '), `${c.window.from}–${c.window.to}`]);

describe('articles in several outlets’ styles', () => {
  it('wire story (Reuters style): byline, date stamp, dateline, trailer', () => {
    const r = article('wire-vietnam.txt');
    expect(r).toMatchObject({ title: 'Vietnam turns to Russia for fighter jets as South China Sea tensions rise', date: '2021-03-03', dateSource: 'text' });
    expect(r.removed.map((x) => x.reason)).toEqual(['page chrome', 'byline', 'date line', 'credit', 'page chrome', 'dateline']);
    expect(quoteBy(r)).toEqual([
      ['Phan Van Giang', 'direct', 'We value our long friend'],
      ['Carl Thayer', 'direct', 'Hanoi has few alternativ'],
      ['Carl Thayer', 'direct', 'Western suppliers are ex'],
      ['Carl Thayer', 'partial', 'hedging'],
    ]);
    expect(r.events.find((e) => e.type === 'meeting')).toMatchObject({ date: '2021-03-02', place: 'Moscow' });
    expect(claimsIn(r)).toEqual([
      ['arms transfer', 'Vietnam', 'Russia', '1950–2020'], // to discuss the delivery of Su-30 fighter jets
      ['arms transfer', 'Vietnam', '', '2020–2020'], // a contract for 12 Yak-130 trainer jets last year
      ['top supplier', 'Vietnam', 'Russia', '2001–2020'],
      ['share', 'Vietnam', 'Russia', '2001–2020'],
    ]);
  });

  it('AP style: dateline, a quotation over two paragraphs introduced by “saying:”', () => {
    const r = article('ap-thailand.txt');
    expect(r).toMatchObject({ date: null, dateSource: 'none' });
    expect(quoteBy(r)).toEqual([
      ['Kongcheep Tantravanich', 'direct', 'The submarine program is'],
      ['Kongcheep Tantravanich', 'direct', 'We have resolved the eng'],
      ['Sutin Klungsang', 'partial', 'a waste of public money '],
      ['Prayuth Chan-ocha', 'direct', 'Our navy needs modern eq'],
      // The quotation's second paragraph: an item of its own, the same speaker's.
      ['Prayuth Chan-ocha', 'direct', 'We will not apologize fo'],
    ]);
    expect(r.quotes[4].text).toContain('We will not apologize for protecting our seas.');
    expect(r.actors.find((a) => a.name === 'Kongcheep Tantravanich')!.role).toBe('ministry spokesman');
    expect(claimsIn(r).map((c) => c.slice(0, 3))).toEqual([
      ['arms transfer', 'Thailand', ''], // will take delivery of its first Chinese-built submarine
      ['top supplier', 'Thailand', 'China'],
    ]);
  });

  it('BBC style: date block, image source and caption, Mr + surname, a headline in single quotes', () => {
    const r = article('bbc-serbia.txt');
    expect(r).toMatchObject({ date: '2022-03-14', dateSource: 'text' });
    expect(r.removed).toContainEqual({ text: 'Image source, Getty Images', reason: 'credit' });
    // The headline's quotation names nobody: not reported; the body gives it with its speaker.
    expect(quoteBy(r)).toEqual([
      ['Aleksandar Vucic', 'partial', 'a sovereign decision'],
      ['Aleksandar Vucic', 'direct', 'We will not be bullied b'],
      ['Vuk Vuksanovic', 'direct', "It's a clear signal to B"],
    ]);
    expect(r.events.find((e) => e.type === 'sanction')).toMatchObject({ date: '2022-02', dateText: 'last month' });
    expect(claimsIn(r)).toEqual([
      ['arms transfer', 'Serbia', 'China', '1950–2021'], // taken delivery of Chinese FK-3 missiles
      ['top supplier', 'Serbia', 'Russia', '1950–2021'],
      ['turning to', 'Serbia', 'China', '2012–2021'],
    ]);
  });

  it('Guardian style: date stamp, photograph credit, inverted appositive, colon before a quotation', () => {
    const r = article('guardian-india.txt');
    expect(r).toMatchObject({ date: '2022-09-05', dateSource: 'text' });
    expect(quoteBy(r)).toEqual([
      ['Harsh Pant', 'direct', 'Delhi is diversifying, a'],
      ['Rajnath Singh', 'partial', 'never compromise'],
      ['Rajnath Singh', 'direct', 'We will buy from whoever'],
    ]);
    expect(claimsIn(r)).toEqual([
      ['world standing', 'India', '', '2017–2021'],
      ['top supplier', 'India', 'Russia', '1950–2021'],
      ['as much as', 'India', 'France & Russia', '2017–2021'],
      ['outside arms data', 'India', '', '2017–2021'],
    ]);
  });

  it('Al Jazeera style: “Published On”, source line, role before a name, she said', () => {
    const r = article('aljazeera-mali.txt');
    expect(r).toMatchObject({ date: '2023-08-31', dateSource: 'text' });
    expect(quoteBy(r)).toEqual([
      ['Louis Charbonneau', 'direct', 'This veto is a gift to t'],
      ['Fatimata Dicko', 'direct', 'Moscow is now the partne'],
    ]);
    expect(r.events.map((e) => e.type)).toEqual(expect.arrayContaining(['UN action', 'coup']));
    expect(r.events.find((e) => e.type === 'coup')).toMatchObject({ date: '2020-08', actors: ['Mali military'] });
    expect(claimsIn(r)).toEqual([
      ['UN vote', 'Russia', 'Mali', '1950–2022'], // Russia has vetoed a UN Security Council resolution
      ['turning to', 'Mali', 'Russia', '2021–2022'],
      ['UN vote', 'China', '', '1950–2022'], // China abstained.
    ]);
    expect(r.actors.find((a) => a.name === 'Wagner Group')!.kind).toBe('armed group');
  });

  it('a saved web page: Readability keeps the article, metadata gives the date, chrome is listed', () => {
    const r = article('voa-kazakhstan.html');
    expect(r).toMatchObject({ title: 'Kazakhstan Weighs Turkish Drones Against Russian Pressure', date: '2022-11-18', dateSource: 'metadata' });
    expect(r.removed.map((x) => x.text)).toEqual(expect.arrayContaining(['Skip to main content', 'Share', '© 2022 Voice of America']));
    expect(quoteBy(r)).toEqual([
      ['Temur Umarov', 'direct', 'Kazakhstan wants options'],
      ['Temur Umarov', 'direct', 'Nobody in Astana wants t'],
      ['Ruslan Zhaksylykov', 'partial', 'our main strategic partn'],
    ]);
    expect(claimsIn(r)).toEqual([['top supplier', 'Kazakhstan', 'Russia', '1950–2021']]);
  });
});
