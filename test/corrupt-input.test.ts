// Hostile input, as a tester would try it: variants of the real shared files built here at test
// time (no copies committed), each imported four ways — as a file argument and through --data,
// alone and with good files beside it. For every run: the exit code, a message naming the file and
// (for row faults) the line, the store byte-identical whenever the import is refused, and every
// line of every file accounted for when it is accepted.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '../src/cli/commands.js';
import { main } from '../src/cli/program.js';
import type { ImportSummary } from '../src/store/import.js';
import { readDataFile } from './data.js';
import { tempDir } from './helpers.js';

const tmp = tempDir('cw-corrupt-');
const good = join(tmp.dir, 'good');
const base = join(tmp.dir, 'base.sqlite');
let baseHash = '';

const enc = (s: string) => Buffer.from(s, 'latin1');

/** The real files, cut to a size that imports in a few milliseconds (the faults are per row). */
const REGISTER_ROWS = 3000;
const IDEAL_ROWS = 3000;
let register: string[] = []; // physical lines, Latin-1 decoded byte for byte
let registerHeader = 0; // index of the header line
let ideal: string[] = [];
let tivImports: string[] = [];

function lines(bytes: Buffer): string[] {
  return bytes.toString('latin1').split('\n').filter((l, i, a) => i < a.length - 1 || l !== '');
}

const join_ = (ls: string[]) => enc(ls.join('\n') + '\n');

beforeAll(() => {
  mkdirSync(good, { recursive: true });
  const reg = lines(readDataFile('sipri/trade-register-2024-10-13.csv'));
  registerHeader = reg.findIndex((l) => l.startsWith('Recipient,Supplier'));
  register = reg.slice(0, registerHeader + 1 + REGISTER_ROWS);
  writeFileSync(join(good, 'register.csv'), join_(register));
  ideal = lines(readDataFile('unga/ideal-points-2024-06.csv')).slice(0, 1 + IDEAL_ROWS);
  writeFileSync(join(good, 'ideal-points.csv'), join_(ideal));
  tivImports = lines(readDataFile('sipri/tiv-imports-2024-10-13.csv'));
  writeFileSync(join(good, 'tiv-imports.csv'), join_(tivImports));
  writeFileSync(join(good, 'tiv-exports.csv'), readDataFile('sipri/tiv-exports-2024-10-13.csv'));
  writeFileSync(join(good, 'per-year.csv'), readDataFile('sipri/deliveries-per-year-2000-2001-2025-02-10.csv'));
});
afterAll(() => tmp.cleanup());

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((c) => ((stdout += String(c)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((stderr += String(c)), true));
  try {
    const code = await main(['node', 'counterweight', ...args], COMMANDS);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The five good files, for mixing. */
const GOOD = ['register.csv', 'ideal-points.csv', 'tiv-imports.csv', 'tiv-exports.csv', 'per-year.csv'];

/** What should happen to a variant. */
type Outcome =
  | { kind: 'accepted'; rejected?: number; duplicates?: number }
  | { kind: 'refused'; line?: () => number; says: RegExp }
  | { kind: 'unrecognised' };

interface Variant {
  name: string;
  /** Which good file it replaces (its kind). */
  replaces: string;
  bytes: () => Buffer;
  outcome: Outcome;
  /** Extra flags for the import. */
  flags?: string[];
}

/** A register data line (0-based among the rows) changed by `f`. */
function registerWith(change: (rows: string[]) => string[]): Buffer {
  const head = register.slice(0, registerHeader + 1);
  return join_([...head, ...change(register.slice(registerHeader + 1))]);
}
const setField = (line: string, index: number, value: string) => {
  const f = line.split(',');
  f[index] = value;
  return f.join(',');
};
/** A quote opening the designation field and never closing it. */
const strayQuote = (line: string) => setField(line, 6, `"${line.split(',')[6]}`);
/** A row number among the rows → its physical line (1-based) in the variant file. */
const lineOfRow = (row: number) => registerHeader + 2 + row;

const VARIANTS: Variant[] = [];
const add = (v: Variant) => VARIANTS.push(v);

// --- the register -------------------------------------------------------------------------------
for (const row of [0, 100, 1500, REGISTER_ROWS - 1]) {
  add({
    name: `register: one unbalanced quote in row ${row}`,
    replaces: 'register.csv',
    bytes: () => registerWith((rows) => rows.map((l, i) => (i === row ? strayQuote(l) : l))),
    outcome: { kind: 'accepted', rejected: 1 },
  });
}
add({
  name: 'register: an unbalanced quote whose field would run to a later quote',
  replaces: 'register.csv',
  bytes: () => registerWith((rows) => rows.map((l, i) => (i === 112 ? strayQuote(l) : i === 115 ? setField(l, 6, `"${l.split(',')[6]}"`) : l))),
  outcome: { kind: 'accepted', rejected: 1 },
});
add({ name: 'register: header only', replaces: 'register.csv', bytes: () => registerWith(() => []), outcome: { kind: 'refused', says: /no data rows/ } });
add({
  name: 'register: every row rejected (TIV not a number)',
  replaces: 'register.csv',
  bytes: () => registerWith((rows) => rows.map((l) => setField(l, 15, 'abc'))),
  outcome: { kind: 'refused', line: () => lineOfRow(0), says: /no data rows|rejected/ },
});
for (const share of [0.5, 0.6, 0.85]) {
  add({
    name: `register: truncated at ${share * 100} %`,
    replaces: 'register.csv',
    bytes: () => registerWith((rows) => rows.slice(0, Math.floor(rows.length * share))),
    outcome: { kind: 'refused', says: /would replace the \d+ of .*truncated file\? --allow-shrink/ },
  });
}
add({
  name: 'register: truncated at 50 % with --allow-shrink',
  replaces: 'register.csv',
  bytes: () => registerWith((rows) => rows.slice(0, rows.length / 2)),
  outcome: { kind: 'accepted' },
  flags: ['--allow-shrink'],
});
add({
  name: 'register: cut in the middle of its last row',
  replaces: 'register.csv',
  bytes: () => {
    const b = registerWith((rows) => rows);
    return b.subarray(0, b.length - 40);
  },
  outcome: { kind: 'accepted', rejected: 1 },
});
for (const value of ['1e308', '1e999', '-5', '123456789']) {
  add({
    name: `register: TIV ${value} in one row`,
    replaces: 'register.csv',
    bytes: () => registerWith((rows) => rows.map((l, i) => (i === 7 ? setField(l, 15, value) : l))),
    outcome: { kind: 'accepted', rejected: 1 },
  });
}
add({
  name: 'register: TIV 1e308 in 2 % of the rows',
  replaces: 'register.csv',
  bytes: () => registerWith((rows) => rows.map((l, i) => (i % 50 === 0 ? setField(l, 15, '1e308') : l))),
  outcome: { kind: 'refused', line: () => lineOfRow(0), says: /records rejected .* more than 1\.0 %/ },
});
add({
  name: 'register: TIV 1e308 in 2 % of the rows, --max-rejected 0.05',
  replaces: 'register.csv',
  bytes: () => registerWith((rows) => rows.map((l, i) => (i % 50 === 0 ? setField(l, 15, '1e308') : l))),
  outcome: { kind: 'accepted', rejected: REGISTER_ROWS / 50 },
  flags: ['--max-rejected', '0.05'],
});
add({ name: 'register: every row twice', replaces: 'register.csv', bytes: () => registerWith((rows) => rows.flatMap((l) => [l, l])), outcome: { kind: 'refused', says: /repeat an earlier one field for field .* every row there twice/ } });
add({
  name: 'register: the TIV column missing',
  replaces: 'register.csv',
  bytes: () => join_([...register.slice(0, registerHeader), register[registerHeader].replace('SIPRI TIV of delivered weapons', 'Value'), ...register.slice(registerHeader + 1)]),
  outcome: { kind: 'refused', line: () => registerHeader + 1, says: /required column "SIPRI TIV of delivered weapons" not found/ },
});
add({
  name: 'register: the delivery-year column missing',
  replaces: 'register.csv',
  bytes: () => join_([...register.slice(0, registerHeader), register[registerHeader].replace('Year(s) of delivery', 'When'), ...register.slice(registerHeader + 1)]),
  outcome: { kind: 'unrecognised' },
});
add({ name: 'register: an extra comma in one row', replaces: 'register.csv', bytes: () => registerWith((rows) => rows.map((l, i) => (i === 42 ? `${l},` : l))), outcome: { kind: 'accepted', rejected: 1 } });
add({ name: 'register: a missing field in one row', replaces: 'register.csv', bytes: () => registerWith((rows) => rows.map((l, i) => (i === 43 ? l.slice(0, l.lastIndexOf(',')) : l))), outcome: { kind: 'accepted', rejected: 1 } });
add({
  name: 'register: a delivery year outside the declared range',
  replaces: 'register.csv',
  bytes: () => registerWith((rows) => rows.map((l, i) => (i === 9 ? setField(l, 10, '2031') : l))),
  outcome: { kind: 'accepted', rejected: 1 },
});
add({ name: 'register: a year that is not one (19x7)', replaces: 'register.csv', bytes: () => registerWith((rows) => rows.map((l, i) => (i === 11 ? setField(l, 2, '19x7') : l))), outcome: { kind: 'accepted', rejected: 1 } });
add({ name: 'register: an empty recipient', replaces: 'register.csv', bytes: () => registerWith((rows) => rows.map((l, i) => (i === 12 ? setField(l, 0, '') : l))), outcome: { kind: 'accepted', rejected: 1 } });
add({ name: 'register: CRLF line ends', replaces: 'register.csv', bytes: () => enc(register.join('\r\n') + '\r\n'), outcome: { kind: 'accepted' } });
add({
  name: 'register: re-saved as UTF-8 with a byte order mark',
  replaces: 'register.csv',
  bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(register.join('\n') + '\n', 'utf8')]),
  outcome: { kind: 'accepted' },
});
add({ name: 'register: blank lines between rows', replaces: 'register.csv', bytes: () => registerWith((rows) => rows.flatMap((l, i) => (i % 100 === 0 ? ['', l] : [l]))), outcome: { kind: 'accepted' } });
add({ name: 'register: rows in reverse order', replaces: 'register.csv', bytes: () => registerWith((rows) => [...rows].reverse()), outcome: { kind: 'accepted' } });
add({ name: 'register: 5 % of rows with a bad year', replaces: 'register.csv', bytes: () => registerWith((rows) => rows.map((l, i) => (i % 20 === 3 ? setField(l, 2, 'year') : l))), outcome: { kind: 'refused', line: () => lineOfRow(3), says: /records rejected/ } });
add({ name: 'register: a NUL byte inside a row', replaces: 'register.csv', bytes: () => registerWith((rows) => rows.map((l, i) => (i === 20 ? l.replace('New', 'N\u0000ew') : l))), outcome: { kind: 'accepted' } });
add({ name: 'register: a row with thirty fields', replaces: 'register.csv', bytes: () => registerWith((rows) => rows.map((l, i) => (i === 30 ? `${l}${',x'.repeat(14)}` : l))), outcome: { kind: 'accepted', rejected: 1 } });
add({ name: 'register: 1e12 weapons ordered', replaces: 'register.csv', bytes: () => registerWith((rows) => rows.map((l, i) => (i === 31 ? setField(l, 4, '1000000000000') : l))), outcome: { kind: 'accepted', rejected: 1 } });
add({ name: 'register: the header again among the rows', replaces: 'register.csv', bytes: () => registerWith((rows) => [...rows.slice(0, 50), register[registerHeader], ...rows.slice(50)]), outcome: { kind: 'accepted', rejected: 1 } });
add({ name: 'register: windows-1252 quotes in a comment', replaces: 'register.csv', bytes: () => registerWith((rows) => rows.map((l, i) => (i === 5 ? setField(l, 12, '\u0093built\u0094') : l))), outcome: { kind: 'accepted' } });
add({ name: 'register: an empty file', replaces: 'register.csv', bytes: () => Buffer.alloc(0), outcome: { kind: 'unrecognised' } });
add({ name: 'register: binary garbage', replaces: 'register.csv', bytes: () => Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)), outcome: { kind: 'unrecognised' } });
add({ name: 'register: preamble only', replaces: 'register.csv', bytes: () => join_(register.slice(0, registerHeader)), outcome: { kind: 'unrecognised' } });

// --- the official TIV table ---------------------------------------------------------------------
const tivHeader = () => tivImports.findIndex((l) => /^Recipient,/.test(l));
const tivWith = (change: (rows: string[]) => string[]) => {
  const h = tivHeader();
  return join_([...tivImports.slice(0, h + 1), ...change(tivImports.slice(h + 1))]);
};
add({ name: 'TIV table: a country row twice', replaces: 'tiv-imports.csv', bytes: () => tivWith((rows) => [rows[0], ...rows]), outcome: { kind: 'refused', says: /official table must be read whole.*again \(line/ } });
add({ name: 'TIV table: one cell "x"', replaces: 'tiv-imports.csv', bytes: () => tivWith((rows) => rows.map((l, i) => (i === 3 ? setField(l, 5, 'x') : l))), outcome: { kind: 'refused', says: /official table must be read whole: 1 row\(s\) rejected/ } });
add({ name: 'TIV table: one cell 1e308', replaces: 'tiv-imports.csv', bytes: () => tivWith((rows) => rows.map((l, i) => (i === 4 ? setField(l, 6, '1e308') : l))), outcome: { kind: 'refused', says: /not a TIV value/ } });
add({ name: 'TIV table: header only', replaces: 'tiv-imports.csv', bytes: () => tivWith(() => []), outcome: { kind: 'refused', says: /no data rows/ } });
add({ name: 'TIV table: one row with a field too many', replaces: 'tiv-imports.csv', bytes: () => tivWith((rows) => rows.map((l, i) => (i === 8 ? `${l},1` : l))), outcome: { kind: 'refused', says: /expected \d+ fields, got \d+/ } });
add({ name: 'TIV table: truncated at half', replaces: 'tiv-imports.csv', bytes: () => tivWith((rows) => rows.slice(0, rows.length / 2)), outcome: { kind: 'refused', says: /--allow-shrink/ } });
add({ name: 'TIV table: a negative value', replaces: 'tiv-imports.csv', bytes: () => tivWith((rows) => rows.map((l, i) => (i === 5 ? setField(l, 7, '-3') : l))), outcome: { kind: 'refused', says: /not a TIV value/ } });
add({ name: 'TIV table: the world row missing', replaces: 'tiv-imports.csv', bytes: () => tivWith((rows) => rows.filter((l) => !/^Total world/i.test(l))), outcome: { kind: 'accepted' } });
add({ name: 'TIV table: no year columns', replaces: 'tiv-imports.csv', bytes: () => join_(tivImports.map((l) => l.replace(/\b(19|20)\d\d\b/g, 'Y'))), outcome: { kind: 'unrecognised' } });

// --- the UNGA ideal points ----------------------------------------------------------------------
const idealWith = (change: (rows: string[]) => string[]) => join_([ideal[0], ...change(ideal.slice(1))]);
add({ name: 'ideal points: one unbalanced quote', replaces: 'ideal-points.csv', bytes: () => idealWith((rows) => rows.map((l, i) => (i === 50 ? l.replace('"USA"', '"USA') : l))), outcome: { kind: 'accepted', rejected: 1 } });
add({ name: 'ideal points: header only', replaces: 'ideal-points.csv', bytes: () => idealWith(() => []), outcome: { kind: 'refused', says: /no data rows/ } });
add({ name: 'ideal points: truncated at 55 %', replaces: 'ideal-points.csv', bytes: () => idealWith((rows) => rows.slice(0, Math.floor(rows.length * 0.55))), outcome: { kind: 'refused', says: /--allow-shrink/ } });
add({ name: 'ideal points: every row twice', replaces: 'ideal-points.csv', bytes: () => idealWith((rows) => rows.flatMap((l) => [l, l])), outcome: { kind: 'refused', says: /rejected/ } });
add({ name: 'ideal points: an agreement share of 7', replaces: 'ideal-points.csv', bytes: () => idealWith((rows) => rows.map((l, i) => (i === 60 ? setField(l, 14, '7') : l))), outcome: { kind: 'accepted', rejected: 1 } });
add({ name: 'ideal points: 3 % of sessions not numbers', replaces: 'ideal-points.csv', bytes: () => idealWith((rows) => rows.map((l, i) => (i % 33 === 0 ? setField(l, 2, 'x') : l))), outcome: { kind: 'refused', says: /records rejected/ } });
add({ name: 'ideal points: an ISO3 code that is not one', replaces: 'ideal-points.csv', bytes: () => idealWith((rows) => rows.map((l, i) => (i === 80 ? l.replace('"USA"', '"U5A"') : l))), outcome: { kind: 'accepted' } });
add({ name: 'ideal points: a missing field in one row', replaces: 'ideal-points.csv', bytes: () => idealWith((rows) => rows.map((l, i) => (i === 70 ? l.slice(0, l.lastIndexOf(',')) : l))), outcome: { kind: 'accepted', rejected: 1 } });

// --- the per-delivery-year export ---------------------------------------------------------------
const perYear = () => lines(readDataFile('sipri/deliveries-per-year-2000-2001-2025-02-10.csv'));
const perYearWith = (change: (rows: string[]) => string[]) => {
  const all = perYear();
  const h = all.findIndex((l) => l.startsWith('SIPRI AT Database ID'));
  return join_([...all.slice(0, h + 1), ...change(all.slice(h + 1))]);
};
add({ name: 'per-year: header only', replaces: 'per-year.csv', bytes: () => perYearWith(() => []), outcome: { kind: 'refused', says: /no data rows/ } });
add({ name: 'per-year: truncated at 50 %', replaces: 'per-year.csv', bytes: () => perYearWith((rows) => rows.slice(0, rows.length / 2)), outcome: { kind: 'refused', says: /--allow-shrink/ } });
add({ name: 'per-year: TIV 1e999 in one row', replaces: 'per-year.csv', bytes: () => perYearWith((rows) => rows.map((l, i) => (i === 5 ? l.replace(/,([\d.]+),([^,]*)$/, ',1e999,$2') : l))), outcome: { kind: 'accepted', rejected: 1 } });
add({ name: 'per-year: an unbalanced quote', replaces: 'per-year.csv', bytes: () => perYearWith((rows) => rows.map((l, i) => (i === 9 ? setField(l, 3, `"${l.split(',')[3]}`) : l))), outcome: { kind: 'accepted', rejected: 1 } });
add({ name: 'per-year: every row twice', replaces: 'per-year.csv', bytes: () => perYearWith((rows) => rows.flatMap((l) => [l, l])), outcome: { kind: 'refused', says: /every row there twice/ } });
add({ name: 'per-year: a delivery year that is not one', replaces: 'per-year.csv', bytes: () => perYearWith((rows) => rows.map((l, i) => (i === 11 ? setField(l, 10, 'soon') : l))), outcome: { kind: 'accepted', rejected: 1 } });

const MODES = ['file alone', 'file with good files', '--data alone', '--data with good files'] as const;

describe('the corrupt-input suite', () => {
  it(`has at least 60 variants of the real files (${VARIANTS.length})`, () => {
    expect(VARIANTS.length).toBeGreaterThanOrEqual(60);
  });

  beforeAll(async () => {
    const r = await cli(['import', ...GOOD.map((f) => join(good, f)), '--db', base, '--json', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    baseHash = hash(base);
  });

  for (const [k, v] of VARIANTS.entries()) {
    for (const mode of MODES) {
      it(`${v.name} — ${mode}`, async () => {
        const dir = join(tmp.dir, `v${k}-${mode.replace(/\W+/g, '-')}`);
        mkdirSync(dir, { recursive: true });
        const file = join(dir, v.replaces.replace('.csv', '-variant.csv'));
        writeFileSync(file, v.bytes());
        const mixed = mode.includes('good files');
        if (mode.startsWith('--data') && mixed) for (const g of GOOD) if (g !== v.replaces) copyFileSync(join(good, g), join(dir, g));
        const db = join(dir, 'store.sqlite');
        copyFileSync(base, db);
        const args = mode.startsWith('--data')
          ? ['import', '--data', dir]
          : ['import', file, ...(mixed ? GOOD.filter((g) => g !== v.replaces).map((g) => join(good, g)) : [])];
        const r = await cli([...args, '--db', db, '--json', '--quiet', ...(v.flags ?? [])]);
        const o = v.outcome;
        if (o.kind === 'accepted') {
          expect(r.code, r.stderr).toBe(0);
          const s = JSON.parse(r.stdout) as ImportSummary;
          const d = s.datasets.find((x) => x.file === basename(file))!;
          expect(d, r.stdout.slice(0, 400)).toBeDefined();
          const l = d.lines;
          expect(l.total).toBe(l.preamble + l.blank + l.records + l.continuation + l.other);
          expect(l.records).toBe(d.records);
          expect(d.records).toBe(d.stored + d.rejected);
          if (o.rejected !== undefined) expect(d.rejected).toBe(o.rejected);
          if (d.rejected > 0) {
            const err = (d as unknown as { problems: { file: string; line: number; severity: string }[] }).problems.find((p) => p.severity === 'error')!;
            expect(err.file).toBe(basename(file));
            expect(err.line).toBeGreaterThan(0);
          }
        } else if (o.kind === 'refused') {
          expect(r.code, r.stdout + r.stderr).toBe(2);
          expect(r.stderr).toContain(basename(file));
          expect(r.stderr).toMatch(o.says);
          if (o.line) expect(r.stderr).toContain(`line ${o.line()}`);
          expect(r.stderr).toMatch(/store is unchanged|not found/);
          expect(hash(db)).toBe(baseHash);
        } else {
          if (mode === '--data with good files') {
            expect(r.code, r.stderr).toBe(0);
            const s = JSON.parse(r.stdout) as ImportSummary;
            expect(s.skipped.find((x) => x.file === file)?.reason).toMatch(/not a data export this tool reads/);
          } else {
            expect(r.code).toBe(mode === '--data alone' ? 3 : 2);
            expect(r.stderr).toContain(mode === '--data alone' ? dir : file);
            expect(hash(db)).toBe(baseHash);
          }
        }
      });
    }
  }
});

describe('files in a data folder that are not data', () => {
  it('a FIFO named *.csv and a symbolic link loop are skipped with a note; the rest imports', async () => {
    const dir = join(tmp.dir, 'special');
    mkdirSync(dir, { recursive: true });
    for (const g of GOOD) copyFileSync(join(good, g), join(dir, g));
    execFileSync('mkfifo', [join(dir, 'pipe.csv')]);
    symlinkSync(dir, join(dir, 'loop'));
    writeFileSync(join(dir, 'notes.csv'), 'a,b\n1,2\n');
    const db = join(dir, 'store.sqlite');
    const r = await cli(['import', '--data', dir, '--db', db, '--json', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout) as ImportSummary;
    const reason = (name: string) => s.skipped.find((x) => x.file.endsWith(name))?.reason;
    expect(reason('pipe.csv')).toMatch(/FIFO/);
    expect(reason('loop')).toMatch(/already read \(symbolic link loop/);
    expect(reason('notes.csv')).toMatch(/not a data export/);
    expect(s.datasets).toHaveLength(5);
    // Every file read once: five datasets, each from its own file.
    expect(new Set(s.datasets.map((d) => d.file)).size).toBe(5);
  });

  it('a folder given as a file, and a missing file, are errors naming the path', async () => {
    const db = join(tmp.dir, 'errs.sqlite');
    const folder = await cli(['import', good, '--db', db]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`${good}: is a folder, not a file`);
    const missing = await cli(['import', join(good, 'nope.csv'), '--db', db]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(join(good, 'nope.csv'));
  });
});

describe('weapon labels nobody has seen', () => {
  it('get a category from their head noun, marked as inferred, counted by import and by validate', async () => {
    const dir = join(tmp.dir, 'labels');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'register-labels.csv');
    writeFileSync(file, registerWith((rows) => rows.map((l, i) => (i === 3 ? setField(l, 7, 'directed-energy system') : i === 4 ? setField(l, 7, 'Anti-Ship Missiles') : l))));
    const db = join(dir, 'store.sqlite');
    const r = await cli(['import', file, join(good, 'tiv-imports.csv'), join(good, 'tiv-exports.csv'), '--db', db, '--json', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const d = (JSON.parse(r.stdout) as ImportSummary).datasets.find((x) => x.file === 'register-labels.csv')!;
    expect(d.inferredLabels).toEqual(['directed-energy system']);
    expect(d.unmappedLabels).toEqual([]);
    const v = await cli(['validate', '--db', db]);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/Weapon labels: 1 categorised from their head noun alone \(inferred\), 0 stored as other/);
    const json = await cli(['validate', '--db', db, '--json']);
    expect(JSON.parse(json.stdout).labels).toEqual({ inferred: 1, unmapped: 0 });
  });
});

// --- the finance CSVs (AidData totals, IMF direct investment positions) -------------------------
// Their own small suite: the same checks, two ways of importing, on a store holding the good files.
describe('the corrupt-input suite: finance files', () => {
  const dir = join(tmp.dir, 'finance');
  const store = join(dir, 'base.sqlite');
  let storeHash = '';
  const aid = () => lines(readDataFile('finance/aiddata-gcdf-3.0-country-year.csv')).slice(0, 601);
  // The IMF export starts with a byte order mark and quotes every field; lines are kept byte for byte (Latin-1 round trip).
  const dip = () => lines(readDataFile('finance/dataset_2026-03-29T08_13_34.426354506Z_DEFAULT_INTEGRATION_IMF.STA_DIP_12.0.1.csv')).slice(0, 1501);
  const FILES = { aid: 'aiddata-country-year.csv', dip: 'dip-inward.csv' } as const;
  const goodBytes = { aid: () => join_(aid()), dip: () => join_(dip()) };
  const withRows = (which: 'aid' | 'dip', change: (rows: string[]) => string[]) => {
    const all = which === 'aid' ? aid() : dip();
    return join_([all[0], ...change(all.slice(1))]);
  };
  const setCsv = (line: string, i: number, v: string) => {
    const f = line.split(',');
    f[i] = v;
    return f.join(',');
  };
  const variants: { name: string; which: 'aid' | 'dip'; bytes: () => Buffer; outcome: Outcome }[] = [
    { name: 'AidData: header only', which: 'aid', bytes: () => withRows('aid', () => []), outcome: { kind: 'refused', says: /no data rows/ } },
    { name: 'AidData: truncated at half', which: 'aid', bytes: () => withRows('aid', (r) => r.slice(0, r.length / 2)), outcome: { kind: 'refused', says: /--allow-shrink/ } },
    { name: 'AidData: an amount that is not a number', which: 'aid', bytes: () => withRows('aid', (r) => r.map((l, i) => (i === 10 ? setCsv(l, 3, 'lots') : l))), outcome: { kind: 'accepted', rejected: 1 } },
    { name: 'AidData: a code that is not ISO3', which: 'aid', bytes: () => withRows('aid', (r) => r.map((l, i) => (i === 11 ? setCsv(l, 0, 'XXXX') : l))), outcome: { kind: 'accepted', rejected: 1 } },
    { name: 'AidData: a country-year given twice with other figures', which: 'aid', bytes: () => withRows('aid', (r) => [...r, setCsv(r[5], 3, '1')]), outcome: { kind: 'accepted', rejected: 1 } },
    { name: 'AidData: every row twice', which: 'aid', bytes: () => withRows('aid', (r) => r.flatMap((l) => [l, l])), outcome: { kind: 'refused', says: /every row there twice/ } },
    { name: 'AidData: a field missing in one row', which: 'aid', bytes: () => withRows('aid', (r) => r.map((l, i) => (i === 12 ? l.slice(0, l.lastIndexOf(',')) : l))), outcome: { kind: 'accepted', rejected: 1 } },
    { name: 'IMF positions: header only', which: 'dip', bytes: () => withRows('dip', () => []), outcome: { kind: 'refused', says: /no data rows/ } },
    { name: 'IMF positions: truncated at half', which: 'dip', bytes: () => withRows('dip', (r) => r.slice(0, r.length / 2)), outcome: { kind: 'refused', says: /--allow-shrink/ } },
    { name: 'IMF positions: a value that is not a number', which: 'dip', bytes: () => withRows('dip', (r) => r.map((l, i) => (i === 20 ? l.replace(/"[^"]*"$/, '"12.3 x"') : l))), outcome: { kind: 'accepted', rejected: 1 } },
    { name: 'IMF positions: a row without a period', which: 'dip', bytes: () => withRows('dip', (r) => r.map((l, i) => (i === 21 ? l.replace(/"\d{4}"(,"[^"]*")$/, '""$1') : l))), outcome: { kind: 'accepted', rejected: 1 } },
    { name: 'IMF positions: an unbalanced quote', which: 'dip', bytes: () => withRows('dip', (r) => r.map((l, i) => (i === 22 ? l.replace('"Annual"', '"Annual') : l))), outcome: { kind: 'accepted', rejected: 1 } },
    { name: 'IMF positions: every row twice', which: 'dip', bytes: () => withRows('dip', (r) => r.flatMap((l) => [l, l])), outcome: { kind: 'refused', says: /every row there twice/ } },
  ];

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    for (const k of ['aid', 'dip'] as const) writeFileSync(join(dir, FILES[k]), goodBytes[k]());
    const r = await cli(['import', join(dir, FILES.aid), join(dir, FILES.dip), '--db', store, '--json', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    storeHash = hash(store);
  });

  for (const [k, v] of variants.entries()) {
    for (const mode of ['file alone', '--data alone'] as const) {
      it(`${v.name} — ${mode}`, async () => {
        const vdir = join(dir, `v${k}-${mode.replace(/\W+/g, '-')}`);
        mkdirSync(vdir, { recursive: true });
        const file = join(vdir, FILES[v.which]);
        writeFileSync(file, v.bytes());
        const db = join(vdir, 'store.sqlite');
        copyFileSync(store, db);
        const r = await cli([...(mode === '--data alone' ? ['import', '--data', vdir] : ['import', file]), '--db', db, '--json', '--quiet']);
        const o = v.outcome;
        if (o.kind === 'accepted') {
          expect(r.code, r.stderr).toBe(0);
          const d = (JSON.parse(r.stdout) as ImportSummary).datasets.find((x) => x.file === basename(file))!;
          // Every row read is stored or rejected (with its line), none lost.
          expect(d.records).toBe(d.stored + d.rejected);
          if (o.rejected !== undefined) expect(d.rejected).toBe(o.rejected);
          const err = d.problems.find((p) => p.severity === 'error')!;
          expect(err.file).toBe(basename(file));
          expect(err.line).toBeGreaterThan(0);
        } else if (o.kind === 'refused') {
          expect(r.code, r.stdout + r.stderr).toBe(2);
          expect(r.stderr).toContain(basename(file));
          expect(r.stderr).toMatch(o.says);
          expect(hash(db)).toBe(storeHash);
        }
      });
    }
  }
});
