import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import { isUngaAgreementHeader, isUngaPairsHeader, readUngaAgreement, type AgreementRow } from './unga-dyads.js';

function read(text: string, file = 'AgreementScores.csv') {
  const rows: AgreementRow[] = [];
  const r = readUngaAgreement(Buffer.from(text), file, (row) => rows.push(row));
  return { ...r, rows };
}

describe('UNGA pairs files (agreement scores, ideal-point dyads)', () => {
  it('recognises a pairs header, and one with agreement', () => {
    expect(isUngaPairsHeader(['ccode1', 'ccode2', 'year', 'agree'])).toBe(true);
    expect(isUngaAgreementHeader(['ccode1', 'ccode2', 'year', 'agree'])).toBe(true);
    expect(isUngaAgreementHeader(['ccode1', 'ccode2', 'session', 'agree'])).toBe(true);
    expect(isUngaPairsHeader(['ccode1', 'ccode2', 'year', 'idealpointdistance'])).toBe(true);
    expect(isUngaAgreementHeader(['ccode1', 'ccode2', 'year', 'idealpointdistance'])).toBe(false);
    expect(isUngaPairsHeader(['ccode', 'year', 'idealpointfp'])).toBe(false);
  });

  it('reads every row (comma- or tab-separated), NA as no figure, a session as its year', () => {
    const csv = read('ccode1,ccode2,year,agree\n775,2,2019,0.21\n775,710,2019,NA\n');
    expect(csv.rows).toEqual([
      { line: 2, ccode1: 775, ccode2: 2, year: 2019, share: 0.21 },
      { line: 3, ccode1: 775, ccode2: 710, year: 2019, share: null },
    ]);
    expect([csv.recordsRead, csv.stored, csv.rejected]).toEqual([2, 2, 0]);
    const tab = read('"ccode1"\t"ccode2"\t"session"\t"agree"\n775\t2\t74\t0.21\n');
    expect(tab.rows).toEqual([{ line: 2, ccode1: 775, ccode2: 2, year: 2019, share: 0.21 }]);
  });

  it('rejects a bad row with its line and field, and counts it', () => {
    const r = read('ccode1,ccode2,year,agree\n775,x,2019,0.2\n775,2,19,0.2\n775,2,2019,1.7\n775,2,2018,0.3\n');
    expect(r.problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [2, 'ccode2', 'not a country code: "x"'],
      [3, 'year', 'not a year: "19"'],
      [4, 'agree', 'not a share in [0, 1]: "1.7"'],
    ]);
    expect([r.recordsRead, r.stored, r.rejected]).toEqual([4, 1, 3]);
  });

  it('refuses the dyads file (no agreement column) saying which file it is, and a non-pairs file', () => {
    const dyads = 'ccode1\tccode2\tyear\tIdealPointDistance\n2\t20\t2019\t0.5\n';
    expect(() => read(dyads, 'IdealPointDyads1946-2025.tab')).toThrow(/^IdealPointDyads1946-2025\.tab is the UNGA ideal-point dyads file .* so it is not imported$/);
    expect(() => read('a,b\n1,2\n', 'x.csv')).toThrow(AppError);
    expect(() => read('a,b\n1,2\n', 'x.csv')).toThrow(/^x\.csv: not a UNGA agreement file/);
  });
});
