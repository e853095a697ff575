import { beforeAll, describe, expect, it } from 'vitest';
import { readDataFile } from '../../test/data.js';
import { AppError } from '../core/errors.js';
import type { IdealPointRow, ReadResult } from '../core/types.js';
import { idealPointsHead, readIdealPoints } from './unga-ideal-points.js';

const FILE = 'ideal-points-2024-06.csv';
const HEADER =
  '"","ccode","session","NVotesAll","IdealPointAll","QO%All","Q5%All","Q10%All","Q50%All","Q90%All","Q95%All","Q100%All","iso3c","Countryname","USAgree","RUSSAgree","BrazilAgree","ChinaAgree","IndiaAgree","IsraelAgree"';
const MYANMAR_1948 =
  '"9807",775,3,95,0.009263085,-0.3632499,-0.1802014,-0.1374694,0.01663737,0.1493559,0.1940816,0.3253752,"MMR","Myanmar (Burma)",0.3789474,0.3085106,0.4421053,NA,0.673913,0.625';

const file = (lines: string[], header = HEADER, encoding: BufferEncoding = 'utf8') => Buffer.from([header, ...lines].join('\n') + '\n', encoding);

describe('readIdealPoints on the real file', () => {
  let r: ReadResult<IdealPointRow>;
  beforeAll(() => {
    r = readIdealPoints(readDataFile(`unga/${FILE}`), FILE);
  });

  it('reads 11,238 country-sessions and rejects none', () => {
    expect(r.rows).toHaveLength(11_238);
    expect([r.recordsRead, r.rejected]).toEqual([11_238, 0]);
    expect(r.problems).toEqual([]);
    expect(r.version).toBeNull();
    expect(r.rows[0]).toMatchObject({ line: 2, ccode: 2, session: 1, year: 1946, iso3: 'USA', name: 'United States', votes: 42 });
    expect(Math.min(...r.rows.map((x) => x.session))).toBe(1);
    expect(Math.max(...r.rows.map((x) => x.session))).toBe(78);
    expect(r.rows.filter((x) => x.year !== x.session + 1945)).toEqual([]);
  });

  it('maps the agreement columns to ISO3 keys and NA to null', () => {
    expect(new Set(r.rows.map((x) => Object.keys(x.agree).join()))).toEqual(new Set(['USA,RUS,BRA,CHN,IND,ISR']));
    const missing = (k: string) => r.rows.filter((x) => x.agree[k] === null).length;
    expect(['USA', 'RUS', 'BRA', 'CHN', 'IND', 'ISR'].map(missing)).toEqual([1, 5, 1, 2089, 1, 112]);
  });

  it('has Myanmar as `Myanmar (Burma)`, 75 sessions', () => {
    const myanmar = r.rows.filter((x) => x.iso3 === 'MMR');
    expect(myanmar).toHaveLength(75);
    expect(new Set(myanmar.map((x) => x.name))).toEqual(new Set(['Myanmar (Burma)']));
    expect(myanmar[0]).toEqual({
      line: 9808,
      ccode: 775,
      session: 3,
      year: 1948,
      iso3: 'MMR',
      name: 'Myanmar (Burma)',
      votes: 95,
      idealPoint: 0.009263085,
      agree: { USA: 0.3789474, RUS: 0.3085106, BRA: 0.4421053, CHN: null, IND: 0.673913, ISR: 0.625 },
    });
  });

  it('reads the UTF-8 names', () => {
    const names = new Set(r.rows.map((x) => x.name));
    expect(names).toContain('Côte d\u2019Ivoire');
    expect(names).toContain('São Tomé & Príncipe');
  });
});

describe('readIdealPoints on small files', () => {
  it('reports bad fields with line and field, and keeps the good rows', () => {
    const r = readIdealPoints(
      file([
        MYANMAR_1948,
        MYANMAR_1948.replace(',775,3,', ',x,3,'),
        MYANMAR_1948.replace(',0.625', ',1.5'),
        MYANMAR_1948.replace('"Myanmar (Burma)"', 'NA'),
        '"1",2,1',
      ]),
      'f.csv',
    );
    expect(r.rows.map((x) => x.line)).toEqual([2]);
    expect([r.recordsRead, r.rejected]).toEqual([5, 4]);
    expect(r.problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [3, 'ccode', 'not an integer in [0, 9999]: "x"'],
      [4, 'IsraelAgree', 'not a number in [0, 1]: "1.5"'],
      [5, 'Countryname', 'missing'],
      [6, undefined, 'expected 20 fields, got 3'],
    ]);
  });

  it('reads NA as missing, and a missing iso3c as null', () => {
    const r = readIdealPoints(file([MYANMAR_1948.replace('"MMR"', 'NA').replace(',95,0.009263085,', ',NA,NA,')]), 'f.csv');
    expect(r.rows[0]).toMatchObject({ iso3: null, votes: null, idealPoint: null, name: 'Myanmar (Burma)' });
  });

  it('keeps an unknown <X>Agree column under its own name, with a warning', () => {
    const header = HEADER.replace('"IsraelAgree"', '"FranceAgree"');
    const r = readIdealPoints(file([MYANMAR_1948], header), 'f.csv');
    expect(r.rows[0].agree).toEqual({ USA: 0.3789474, RUS: 0.3085106, BRA: 0.4421053, CHN: null, IND: 0.673913, France: 0.625 });
    expect(r.problems).toEqual([{ file: 'f.csv', line: 1, field: 'FranceAgree', message: 'unknown reference state "France"; kept under that name', severity: 'warning' }]);
  });

  it('reads the same names from UTF-8 and Latin-1 bytes', () => {
    const row = MYANMAR_1948.replace('"MMR","Myanmar (Burma)"', '"CIV","Côte d\'Ivoire"').replace(',775,', ',437,');
    const curacao = row.replace('"CIV","Côte d\'Ivoire"', '"CUW","Curaçao"').replace('"9807"', '"9808"').replace(',3,', ',4,');
    const utf = readIdealPoints(file([row, curacao]), 'f.csv');
    const latin = readIdealPoints(file([row, curacao], HEADER, 'latin1'), 'f.csv');
    expect(utf.rows.map((x) => x.name)).toEqual(["Côte d'Ivoire", 'Curaçao']);
    expect(latin.rows).toEqual(utf.rows);
  });

  it('throws an AppError naming the file when there is no ideal points header', () => {
    expect(() => readIdealPoints(Buffer.from('a,b\n1,2\n'), 'votes.csv')).toThrow(AppError);
    expect(() => readIdealPoints(Buffer.from('a,b\n1,2\n'), 'votes.csv')).toThrow(/^votes\.csv: not a UNGA ideal points file/);
  });
});

describe('the July 2025 layout (year, NVotesFP, IdealPointFP; tab-separated as Dataverse serves it)', () => {
  const HEADER_2025 = ['"ccode"', '"iso3c"', '"Countryname"', '"year"', '"NVotesFP"', '"IdealPointFP"', '"Q5%FP"', '"Q10%FP"', '"Q50%FP"', '"Q90%FP"', '"Q95%FP"'];
  const row = (cells: (string | number)[]) => cells.join('\t');
  const tsv = Buffer.from([
    HEADER_2025.join('\t'),
    row([775, '"MMR"', '"Myanmar (Burma)"', 2019, 90, -0.95, -1.1, -1.05, -0.95, -0.85, -0.8]),
    row([2, '"USA"', '"United States of America"', 2019, 92, 3.01, 2.8, 2.85, 3.0, 3.15, 3.2]),
    row([365, '"RUS"', '"Russia"', 2019, 'NA', 'NA', 'NA', 'NA', 'NA', 'NA', 'NA']),
  ].join('\n') + '\n');

  it('reads year, votes and ideal point; session follows from the year; no agreement columns', () => {
    const r = readIdealPoints(tsv, 'Idealpointestimates1946-2025.tab');
    expect([r.recordsRead, r.rejected]).toEqual([3, 0]);
    expect(r.rows[0]).toMatchObject({ line: 2, ccode: 775, year: 2019, session: 74, iso3: 'MMR', votes: 90, idealPoint: -0.95, agree: {} });
    expect(r.rows[2]).toMatchObject({ iso3: 'RUS', votes: null, idealPoint: null });
  });

  it('the same rows comma-separated read the same', () => {
    const csv = Buffer.from(tsv.toString('utf8').replaceAll('\t', ','));
    expect(readIdealPoints(csv, 'x.csv').rows).toEqual(readIdealPoints(tsv, 'x.tab').rows);
  });

  it('tells the layouts apart by header, and says whether agreement columns are there', () => {
    expect(idealPointsHead(tsv)).toEqual({ layout: '2025', agreement: false });
    expect(idealPointsHead(file([MYANMAR_1948]))).toEqual({ layout: '2024', agreement: true });
    expect(idealPointsHead(Buffer.from('ccode1\tccode2\tyear\tIdealPointDistance\n2\t20\t2019\t0.5\n'))).toBeNull();
  });
});
