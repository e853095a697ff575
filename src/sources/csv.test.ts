import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountBalances, csvRecords, decodeText, emptyAccount, isTabSeparated, MAX_QUOTED_LINES, parseNumber, physicalLines, tableLines } from './csv.js';

const latin1 = (s: string) => Buffer.from(s, 'latin1');
const utf8 = (s: string) => Buffer.from(s, 'utf8');

describe('decodeText', () => {
  it('reads Latin-1 bytes (SIPRI exports) and UTF-8 bytes (re-saved files) to the same text', () => {
    for (const name of ["Côte d'Ivoire", 'Curaçao', 'Wärtsilä-12V32', 'Türkiye']) {
      expect(decodeText(latin1(name))).toBe(name);
      expect(decodeText(utf8(name))).toBe(name);
    }
  });

  it('drops a UTF-8 byte order mark and reads windows-1252 punctuation', () => {
    expect(decodeText(utf8('\uFEFFRecipient'))).toBe('Recipient');
    expect(decodeText(Uint8Array.from([0x93, 0x41, 0x94]))).toBe('\u201CA\u201D');
  });
});

describe('physicalLines', () => {
  it('splits on LF and CRLF without a phantom last line', () => {
    expect(physicalLines('a\r\nb\nc\n')).toEqual(['a', 'b', 'c']);
    expect(physicalLines('a\n\nb')).toEqual(['a', '', 'b']);
  });
});

describe('csvRecords', () => {
  it('keeps physical line numbers across blank lines and quoted newlines', () => {
    const lines = physicalLines('h1,h2\na,b\n\n"multi\nline",c\nd,"say ""hi"""\n');
    expect([...csvRecords(lines, 1)]).toEqual([
      { line: 2, span: 1, fields: ['a', 'b'] },
      { line: 4, span: 2, fields: ['multi\nline', 'c'] },
      { line: 6, span: 1, fields: ['d', 'say "hi"'] },
    ]);
  });

  it('takes a quote that never closes for a stray: that line alone (marked), then reading goes on', () => {
    expect([...csvRecords(['a,"open', 'b,c'], 0)]).toEqual([
      { line: 1, span: 1, fields: ['a', '"open'], unclosed: true },
      { line: 2, span: 1, fields: ['b', 'c'] },
    ]);
    // Closing only after more lines than a quoted field may hold (a stray quote on line 1 swallowing the file).
    const many = ['x,"stray', ...Array.from({ length: MAX_QUOTED_LINES + 2 }, (_, i) => `r${i},v`), 'y,"end"'];
    const records = [...csvRecords(many, 0)];
    expect(records[0]).toMatchObject({ line: 1, unclosed: true });
    expect(records.slice(1, -1).map((r) => r.fields[0])).toEqual(Array.from({ length: MAX_QUOTED_LINES + 2 }, (_, i) => `r${i}`));
  });

  it('with the file\'s width, a record over several lines must come out whole, or its first line was a stray', () => {
    const lines = ['a,"stray,c', 'd,e,f', 'g,"h",i'];
    expect([...csvRecords(lines, 0, 3)].map((r) => [r.line, r.unclosed ?? false, r.fields.length])).toEqual([
      [1, true, 3],
      [2, false, 3],
      [3, false, 3],
    ]);
    const account = emptyAccount(lines.length, 0);
    [...csvRecords(lines, 0, 3, account)];
    expect(accountBalances(account)).toBe(true);
  });

  it('splits any well-formed CSV as csv-parse does', () => {
    // A quoted field may hold up to MAX_QUOTED_LINES - 1 newlines (more is taken for a stray quote).
    const field = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', '"', '\n', '?', ';', '1') }).filter((f) => f.split('\n').length <= MAX_QUOTED_LINES);
    const table = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(table, (rows) => {
        // Rows whose only field is empty would be blank lines, which hold no record.
        const records = rows.filter((r) => !(r.length === 1 && r[0] === ''));
        const quote = (f: string) => (/[",\n]/.test(f) || f.startsWith(' ') ? `"${f.replaceAll('"', '""')}"` : f);
        const text = records.map((r) => r.map(quote).join(',')).join('\n');
        const ours = [...csvRecords(physicalLines(text), 0)].map((r) => r.fields);
        const theirs = text === '' ? [] : (parse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][]);
        expect(ours).toEqual(theirs);
        expect(ours).toEqual(records);
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});

describe('parseNumber', () => {
  it('reads decimals and refuses what Number() would bend', () => {
    expect(parseNumber(' 2.5 ')).toBe(2.5);
    expect(parseNumber('0')).toBe(0);
    expect(parseNumber('1e-04')).toBe(0.0001);
    for (const bad of ['', ' ', '0x10', 'NA', '1,5', 'Infinity', '12?']) expect(parseNumber(bad)).toBeUndefined();
  });
});

describe('tableLines (Dataverse serves ingested tables tab-separated)', () => {
  it('turns tab-separated lines into CSV lines, quoting only where CSV needs it, line for line', () => {
    const text = '"ccode"\t"Countryname"\t"year"\n775\t"Myanmar (Burma)"\t2019\n437\t"Cote d\'Ivoire, Rep."\t2019\n\n';
    expect(tableLines(text)).toEqual(['ccode,Countryname,year', '775,Myanmar (Burma),2019', '437,"Cote d\'Ivoire, Rep.",2019', '']);
  });

  it('leaves a comma-separated file as its physical lines, even with tabs inside a field', () => {
    const text = 'a,b\n"x\ty",2\n';
    expect(tableLines(text)).toEqual(physicalLines(text));
    expect(isTabSeparated(physicalLines(text))).toBe(false);
  });
});
