import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecords, decodeText, parseNumber, physicalLines } from './csv.js';

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

  it('reads an unterminated quote to the end of the file instead of failing', () => {
    expect([...csvRecords(['a,"open', 'still'], 0)]).toEqual([{ line: 1, span: 2, fields: ['a', 'open\nstill'] }]);
  });

  it('splits any well-formed CSV as csv-parse does', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', '"', '\n', '?', ';', '1') });
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
