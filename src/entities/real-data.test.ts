// The registry and the category map against every name and label in the shared real data files,
// read with the project's own readers.
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../test/data.js';
import { readSipriPerYearRows } from '../sources/sipri-per-year.js';
import { readSipriRegister } from '../sources/sipri-register.js';
import { readSipriTiv } from '../sources/sipri-tiv.js';
import { readIdealPoints } from '../sources/unga-ideal-points.js';
import { categorize, categorizeAll } from './categories.js';
import { allEntities, isKnownName, resolveSipriName, lookupEntity } from './registry.js';

const REGISTER = 'sipri/trade-register-2024-10-13.csv';
const PER_YEAR = 'sipri/deliveries-per-year-2000-2001-2025-02-10.csv';
const TIV_IMPORTS = 'sipri/tiv-imports-2024-10-13.csv';
const TIV_EXPORTS = 'sipri/tiv-exports-2024-10-13.csv';
const UNGA = 'unga/ideal-points-2024-06.csv';

const register = readSipriRegister(readDataFile(REGISTER), REGISTER).rows;
const perYear = readSipriPerYearRows(readDataFile(PER_YEAR), PER_YEAR).rows;
const imports = readSipriTiv(readDataFile(TIV_IMPORTS), TIV_IMPORTS).rows;
const exports = readSipriTiv(readDataFile(TIV_EXPORTS), TIV_EXPORTS).rows;
const unga = readIdealPoints(readDataFile(UNGA), UNGA).rows;

const namesBySource: Record<string, Set<string>> = {
  'register recipients': new Set(register.map((d) => d.recipient)),
  'register suppliers': new Set(register.map((d) => d.supplier)),
  'TIV imports': new Set(imports.map((r) => r.name)),
  'TIV exports': new Set(exports.map((r) => r.name)),
  'per-year recipients': new Set(perYear.map((r) => r.recipient)),
  'per-year suppliers': new Set(perYear.map((r) => r.supplier)),
};
const allNames = new Set(Object.values(namesBySource).flatMap((names) => [...names]));

describe('every SIPRI name resolves to a known entity', () => {
  it('read the files it expects', () => {
    expect(register).toHaveLength(27_951);
    expect(perYear).toHaveLength(1_414);
    expect(allNames.size).toBe(264);
  });

  for (const [source, names] of Object.entries(namesBySource)) {
    it(`${source}: 0 unknown names`, () => {
      const unknown = [...names].filter((name) => !isKnownName(name));
      expect(unknown).toEqual([]);
    });
  }

  it('resolves to the registry’s own entities, with the kinds SIPRI marks', () => {
    const known = new Set(allEntities());
    for (const name of allNames) {
      const entity = resolveSipriName(name);
      expect(known.has(entity), name).toBe(true);
      if (name.endsWith('**')) expect(entity.kind, name).toBe('multinational');
      else if (name.endsWith('*')) expect(entity.kind, name).toBe('nonstate');
      else if (name.startsWith('unknown')) expect(entity.kind, name).toBe('unknown');
      else expect(['state', 'historical'], name).toContain(entity.kind);
    }
  });

  it('gives the same names in the register and the TIV tables (same export date)', () => {
    const register = new Set([...namesBySource['register recipients'], ...namesBySource['register suppliers']]);
    const tiv = new Set([...namesBySource['TIV imports'], ...namesBySource['TIV exports']]);
    expect([...tiv].filter((n) => !register.has(n))).toEqual([]);
    expect([...register].filter((n) => !tiv.has(n))).toEqual([]);
  });

  it('folds SIPRI’s double spellings onto one entity', () => {
    expect(resolveSipriName('Yemen Arab Republic (North Yemen)')).toBe(resolveSipriName('North Yemen'));
    expect(namesBySource['TIV imports'].has('Yemen Arab Republic (North Yemen)')).toBe(true);
    expect(namesBySource['TIV imports'].has('North Yemen')).toBe(true);
    expect(resolveSipriName('Libya GNC')).toBe(resolveSipriName('Libya'));
  });
});

describe('UNGA ideal points: every country resolves to the iso3 the file gives', () => {
  const countries = new Map(unga.map((r) => [`${r.iso3}|${r.name}|${r.ccode}`, r]));

  it('has all its countries in the registry', () => {
    expect(countries.size).toBe(199);
    const missing = [...countries.values()].filter((r) => lookupEntity(r.name) === null).map((r) => r.name);
    expect(missing).toEqual([]);
  });

  it('agrees on iso3 except the file’s one error', () => {
    const disagree = [...countries.values()]
      .filter((r) => lookupEntity(r.name)?.iso3 !== r.iso3)
      .map((r) => `${r.name} (ccode ${r.ccode}): file ${r.iso3}, registry ${lookupEntity(r.name)?.iso3}`);
    // South Yemen (COW 680) carries North Yemen's YAR in the file; its ISO 3166-3 code is YMD.
    expect(disagree).toEqual(["Yemen People's Republic (ccode 680): file YAR, registry YMD"]);
  });
});

describe('weapon descriptions map onto SIPRI categories', () => {
  it('maps every label of the trade register', () => {
    const labels = new Set(register.map((d) => d.description));
    expect(labels.size).toBe(215);
    expect(categorizeAll(labels).unmapped).toEqual([]);
  });

  it('agrees with SIPRI’s own category on 100 % of the per-year rows', () => {
    const disagreements = perYear
      .filter((row) => categorize(row.description) !== row.category.toLowerCase())
      .map((row) => `line ${row.line}: ${row.description} → ${categorize(row.description)}, SIPRI ${row.category}`);
    expect(disagreements).toEqual([]);
  });

  it('needs SIPRI’s category to be a function of the label (one category per label)', () => {
    const seen = new Map<string, Set<string>>();
    for (const row of perYear) seen.set(row.description, (seen.get(row.description) ?? new Set()).add(row.category));
    expect([...seen].filter(([, categories]) => categories.size > 1)).toEqual([]);
    expect(seen.size).toBe(118);
  });
});
