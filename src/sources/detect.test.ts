import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../test/data.js';
import { detectSourceKind } from './detect.js';

describe('detectSourceKind', () => {
  const real = {
    'sipri/trade-register-2024-10-13.csv': 'sipri-register',
    'sipri/deliveries-per-year-2000-2001-2025-02-10.csv': 'sipri-per-year',
    'sipri/tiv-imports-2024-10-13.csv': 'sipri-tiv-imports',
    'sipri/tiv-exports-2024-10-13.csv': 'sipri-tiv-exports',
    'unga/ideal-points-2024-06.csv': 'unga-ideal-points',
    'unga/votes/unvotes.csv': 'unga-votes',
    'unga/votes/roll_calls.csv': 'unga-roll-calls',
    'unga/votes/issues.csv': 'unga-issues',
    'unsc/vetoes-1946-2022.csv': 'unsc-vetoes',
    // A workbook says which it is only inside (store/workbook.ts opens it).
    'unsc/sc-voting-1994-2025.xlsx': 'workbook',
    'sipri/milex-1948-2023.xlsx': 'workbook',
    'articles/myanmar-junta-woos-moscow.txt': null,
  } as const;

  it('knows each shared data file by its header, from the whole file or its head', () => {
    for (const [path, kind] of Object.entries(real)) {
      const bytes = readDataFile(path);
      expect(detectSourceKind(bytes, path)).toBe(kind);
      expect(detectSourceKind(bytes.subarray(0, 8192), path)).toBe(kind);
    }
  });

  it('goes by content, not by name', () => {
    const register = readDataFile('sipri/trade-register-2024-10-13.csv').subarray(0, 4096);
    expect(detectSourceKind(register, 'tiv-imports-2024-10-13.csv')).toBe('sipri-register');
    expect(detectSourceKind(register, 'download (3).txt')).toBe('sipri-register');
    expect(detectSourceKind(Buffer.from('Recipient,1950,1951\nIndia,141,277\n'), 'trade-register.csv')).toBe('sipri-tiv-imports');
  });

  it('reads header variants and a head cut in the middle of a UTF-8 character', () => {
    expect(detectSourceKind(Buffer.from('Imports by,2020,2021\n'), 'x.csv')).toBe('sipri-tiv-imports');
    expect(detectSourceKind(Buffer.from('Supplier,2020,2021\n'), 'x.csv')).toBe('sipri-tiv-exports');
    const cut = Buffer.from('"","ccode","session","NVotesAll","IdealPointAll","iso3c","Countryname"\n"1",2,1,42,1.6,"CIV","Côte');
    expect(detectSourceKind(cut.subarray(0, cut.length - 1), 'x.csv')).toBe('unga-ideal-points');
  });

  it('says null for anything else', () => {
    expect(detectSourceKind(new Uint8Array(), 'empty.csv')).toBeNull();
    expect(detectSourceKind(Buffer.from('a,b,c\n1,2,3\n'), 'trade-register.csv')).toBeNull();
  });
});
