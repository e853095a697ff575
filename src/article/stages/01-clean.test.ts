import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../pipeline.js';
import { normaliseLine, settleDate, textBlocks } from './01-clean.js';

const clean = (input: string, date?: string) => analyzeArticle(input, { date }, 'clean');
const kinds = (input: string) => {
  const doc = clean(input);
  return doc.paragraphs.map((p) => [p.kind, doc.text.slice(p.start, p.end)]);
};

describe('clean: page chrome, captions, credits', () => {
  const page = [
    'Accessibility links',
    '',
    'Breaking News',
    '',
    'Generals Court Moscow ',
    '',
    'A general greets a minister in Moscow, June 22, 2021. (Jane Roe/Handout via Reuters)',
    'A general greets a minister in Moscow, June 22, 2021. (Jane Roe/Handout via Reuters)',
    '',
    'The general visited Moscow last week, analysts said.',
    '',
    'Old friends',
    '',
    'Share on Facebook',
    'The two armies have trained together for years.',
  ].join('\n');

  it('keeps the title, the caption once without its credit, the body and the headings', () => {
    expect(kinds(page)).toEqual([
      ['title', 'Generals Court Moscow'],
      ['caption', 'A general greets a minister in Moscow, June 22, 2021.'],
      ['body', 'The general visited Moscow last week, analysts said.'],
      ['heading', 'Old friends'],
      ['body', 'The two armies have trained together for years.'],
    ]);
  });

  it('lists what it removed and why', () => {
    expect(clean(page).removed).toEqual([
      { text: 'Accessibility links', reason: 'page chrome' },
      { text: 'Breaking News', reason: 'page chrome' },
      { text: '(Jane Roe/Handout via Reuters)', reason: 'photo credit' },
      { text: 'A general greets a minister in Moscow, June 22, 2021. (Jane Roe/Handout via Reuters)', reason: 'duplicate caption' },
      { text: 'Share on Facebook', reason: 'page chrome' },
    ]);
  });

  it('infers the date from the latest explicit date and says it was inferred', () => {
    expect(clean(page)).toMatchObject({ date: '2021-06-22', dateSource: 'inferred' });
  });

  it('drops bylines, agency credits and trailers', () => {
    const doc = clean('Title of the story here\nBy Jane Doe and John Roe\nThe body says something.\nReporting by Jane Doe; Editing by John Roe\nOur Standards: The Thomson Reuters Trust Principles.\nAssociated Press writer Jerry Harmer contributed to this report.\nSource: Al Jazeera and news agencies');
    expect(doc.removed.map((r) => r.reason)).toEqual(['byline', 'credit', 'page chrome', 'credit', 'credit']);
    expect(doc.text).toBe('Title of the story here\n\nThe body says something.');
  });

  it('drops a linked video’s title and running time, and keeps a sentence that ends in a clock time', () => {
    const doc = clean('Title of the story here\nThe body says something.\n‘Growing suspicion in Gulf that US turning away from Middle East’ 04:33\nThe summit opens at 10:30');
    expect(doc.removed.map((r) => r.reason)).toEqual(['page chrome']);
    expect(doc.text).toBe('Title of the story here\n\nThe body says something.\n\nThe summit opens at 10:30');
  });

  it('keeps a body sentence that starts with "By"', () => {
    expect(clean('Some title for it\nBy coming to the aid of pariah states, Moscow gains friends.').text).toContain('By coming to the aid');
  });

  it('takes BBC image captions and drops their source line', () => {
    const doc = clean('Serbia buys missiles\nImage source, Getty Images\nImage caption, President Vucic inspects the system\nSerbia has taken delivery of missiles.');
    expect(kinds('Serbia buys missiles\nImage source, Getty Images\nImage caption, President Vucic inspects the system\nSerbia has taken delivery of missiles.')[1]).toEqual(['caption', 'President Vucic inspects the system']);
    expect(doc.removed).toEqual([{ text: 'Image source, Getty Images', reason: 'credit' }]);
  });

  it('strips a Guardian photograph credit', () => {
    const doc = clean('India looks to France\nIndian air force jets during a flypast. Photograph: Anupam Nath/AP\nIndia buys jets.');
    expect(doc.text).toContain('Indian air force jets during a flypast.\n\n');
    expect(doc.removed).toEqual([{ text: 'Photograph: Anupam Nath/AP', reason: 'photo credit' }]);
  });

  it('joins hard-wrapped lines back into paragraphs', () => {
    const blocks = textBlocks('A headline\n\nThe minister said the army would buy tanks and\nhelicopters from its old supplier.\n\nNext paragraph.');
    expect(blocks.map((b) => b.text)).toEqual(['A headline', 'The minister said the army would buy tanks and helicopters from its old supplier.', 'Next paragraph.']);
  });

  it('normalises spaces without touching quotes or letters', () => {
    expect(normaliseLine('  Myanmar’s\u00a0Junta \u200bWoos  “Moscow”\t')).toBe('Myanmar’s Junta Woos “Moscow”');
  });
});

describe('clean: the publication date', () => {
  it('prefers the option', () => {
    expect(clean('A title here\nIt happened on June 22, 2021.', '2021-06-30')).toMatchObject({ date: '2021-06-30', dateSource: 'option' });
  });

  it('ignores a malformed option and says so', () => {
    const doc = clean('A title here\nIt happened on June 22, 2021.', '30/06/2021');
    expect(doc).toMatchObject({ date: '2021-06-22', dateSource: 'inferred' });
    expect(doc.problems[0]).toMatch(/ignored date option/);
  });

  it('reads date lines in the styles of several outlets', () => {
    const cases: [string, string][] = [
      ['Published On 31 Aug 2023', '2023-08-31'],
      ['Published\n14 March 2022', '2022-03-14'],
      ['Mon 5 Sep 2022 06.00 BST', '2022-09-05'],
      ['March 3, 2021 9:47 AM UTC', '2021-03-03'],
      ['Updated: 2021-06-28', '2021-06-28'],
    ];
    for (const [line, date] of cases) {
      const doc = clean(`A title for the article\n${line}\nThe body mentions January 2, 2020 only.`);
      expect(doc, line).toMatchObject({ date, dateSource: 'text' });
      expect(doc.text).not.toContain(line.split('\n').pop());
    }
  });

  it('takes a wire dateline off the first paragraph and keeps its date', () => {
    const doc = clean('Vietnam buys jets\nMarch 3, 2021\nHANOI, March 3 (Reuters) - Vietnam bought jets, officials said.');
    expect(doc.text).toBe('Vietnam buys jets\n\nVietnam bought jets, officials said.');
    expect(doc.removed).toContainEqual({ text: 'HANOI, March 3 (Reuters) -', reason: 'dateline' });
    const undated = clean('Thai navy buys submarine\nBANGKOK (AP) — The navy bought a submarine in 2017.');
    expect(undated).toMatchObject({ date: null, dateSource: 'none' });
    expect(undated.text).toBe('Thai navy buys submarine\n\nThe navy bought a submarine in 2017.');
  });

  it('takes off datelines in the forms agencies and papers print them, and nothing that is a sentence', () => {
    const stamp = (line: string) => clean(`A plain test headline for the story\n${line}`).removed.filter((r) => r.reason === 'dateline').map((r) => r.text);
    expect(stamp('MINSK, December 6. /TASS/. Lukashenko said the missiles were ready.')).toEqual(['MINSK, December 6. /TASS/.']);
    expect(stamp('Nov. 2 (UPI) -- Putin met Cuba’s leader.')).toEqual(['Nov. 2 (UPI) --']);
    expect(stamp('WASHINGTON — The US said the sale was premature.')).toEqual(['WASHINGTON —']);
    expect(stamp('United Nations, (Asian independent) Maintaining its record, India abstained.')).toEqual(['United Nations, (Asian independent)']);
    expect(stamp('Phnom Penh, Cambodia (AFP) April 5, 2025 Hun Manet spoke.')).toEqual(['Phnom Penh, Cambodia (AFP) April 5, 2025']);
    expect(stamp('China (PRC) said it would respond.')).toEqual([]);
    expect(stamp('Beijing said the move was wrong.')).toEqual([]);
    expect(clean('A plain test headline for the story\nPhnom Penh, Cambodia (AFP) April 5, 2025 Hun Manet spoke.').date).toBe('2025-04-05');
  });

  it('settles the date in order: option, metadata, date line, dateline, latest explicit date', () => {
    expect(settleDate(undefined, '2022-11-18T09:30:00Z', [], '')).toEqual({ date: '2022-11-18', source: 'metadata' });
    expect(settleDate(undefined, null, [], 'On June 22, 2021 and May 1, 2020.')).toEqual({ date: '2021-06-22', source: 'inferred' });
    expect(settleDate(undefined, null, [], 'Nothing dated.')).toEqual({ date: null, source: 'none' });
    // A dateline without its year borrows the body's latest: a guess, said as such.
    expect(settleDate(undefined, null, [], 'In 1999, on 3 May 2001.', 'June 28')).toEqual({ date: '2001-06-28', source: 'inferred' });
  });
});

describe('clean: web pages', () => {
  const html = `<!doctype html><html><head><title>Kazakhstan Weighs Drones | Voice of America</title>
<meta property="article:published_time" content="2022-11-18T09:30:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="share"><button>Share</button></div>
<article><h1>Kazakhstan Weighs Drones</h1>
<figure><figcaption>A drone on display in Istanbul. (Handout/Turkish Aerospace via Reuters)</figcaption></figure>
<p>Kazakhstan will produce Turkish drones under license, the defense ministry announced on Friday, in a deal that analysts see as a hedge.</p>
<h2>Old habits</h2>
<p>“Kazakhstan wants options,” said Temur Umarov, a fellow at the Carnegie Russia Eurasia Center, in a long interview about the region.</p>
</article><footer>© 2022 Voice of America</footer></body></html>`;

  it('extracts the article with Readability, with its title, headings, caption and metadata date', () => {
    const doc = clean(html);
    expect(doc).toMatchObject({ title: 'Kazakhstan Weighs Drones', date: '2022-11-18', dateSource: 'metadata' });
    expect(doc.paragraphs.map((p) => p.kind)).toEqual(['title', 'caption', 'body', 'heading', 'body']);
    expect(doc.text).not.toMatch(/Home|Share|©|Voice of America|Handout/);
    expect(doc.removed).toEqual(expect.arrayContaining([
      { text: '(Handout/Turkish Aerospace via Reuters)', reason: 'photo credit' },
      { text: 'Share', reason: 'page chrome (outside the article body)' },
    ]));
  });

  it('never throws on broken markup', () => {
    expect(() => clean('<html><body><p>unclosed <b>bold <i>and <p>more</body>')).not.toThrow();
    expect(clean('<html><body><p>Only one line here, nothing else.</p></body></html>').text).toContain('Only one line here');
  });
});

describe('clean: odd marks', () => {
  it('an acute accent or backtick is an apostrophe between letters, a quotation mark around words', () => {
    expect(normaliseLine('Russia´s jets')).toBe('Russia’s jets');
    expect(normaliseLine('´We will respond´, Lavrov said.')).toBe('‘We will respond’, Lavrov said.');
    expect(normaliseLine('He said `no´.')).toBe('He said ‘no’.');
  });

  it('a quotation between acute accents, or signed after a spaced hyphen, is speech', () => {
    const quotes = (body: string) => analyzeArticle(`A plain test headline\n\nForeign Minister Sergei Lavrov spoke.\n\n${body}`, {}, 'quotes').quotes.map((q) => q.speaker);
    expect(quotes('´We will respond´, Lavrov said.')).toEqual(['Sergei Lavrov']);
    expect(quotes('"We will respond" - Lavrov.')).toEqual(['Sergei Lavrov']);
  });
});

describe('clean: subheadings that open with a quotation', () => {
  it('a short line opening with a quoted name, or one short quotation with no stop, is a heading nobody said', () => {
    const quotes = (body: string) => analyzeArticle(`A plain test headline\n\n${body}`, {}, 'quotes').quotes.map((q) => q.text);
    expect(quotes('Foreign Minister Wang Yi said ties were “strong.”\n\n‘No limits’ partnership under strain\n\nThe relationship has been tested.')).toEqual(['strong.']);
    expect(quotes('Foreign Minister Wang Yi said ties were “strong.”\n\n“A new era”\n\nThe two sides signed 12 agreements.')).toEqual(['strong.']);
    // A quotation with its stop is speech, carried on from the speaker before.
    expect(quotes('Foreign Minister Wang Yi said ties were “strong.”\n\n“We are ready.”\n\nThe two sides signed 12 agreements.')).toEqual(['strong.', 'We are ready.']);
  });
});
