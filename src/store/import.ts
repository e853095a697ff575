// `counterweight import`: read source files, resolve names and labels, allocate deliveries, and
// build a new store beside the old one; the old one is replaced only when the new one is complete.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { AppError } from '../core/errors.js';
import type {
  Category, Deal, Entity, GaVoteRow, IdealPointRow, LineAccount, Problem, ReadResult, RollCallIssueRow, RollCallRow, ScVoteRow, TivTableRow, VetoRow,
} from '../core/types.js';
import { detectSourceKind, type DetectedKind, type SourceKind } from '../sources/detect.js';
import { readGaVotes, readRollCallIssues, readRollCalls, readVetoes } from '../sources/un-votes.js';
import { isScVotesHeader, readScVotes } from '../sources/unsc-votes.js';
import { normalizeLabel } from '../sources/columns.js';
import type { Sheet } from '../sources/sheet.js';
import { isMilexWorkbook, readMilex, type MilexResult } from '../sources/sipri-milex.js';
import {
  isAidDataProjects, isTrackerWorkbook, readAidDataProjects, readAidDataTotals, readImfDip, readTracker,
  type DirectInvestmentRow, type FinanceProjectRow, type OfficialFinanceRow, type TrackerDealRow,
} from '../sources/finance.js';
import { readWorkbookValues } from './xlsx-values.js';
import { insertTrade, parseTradeWorkbooks, portalTrade, readDotsWorkbook, type DotsWorkbook, type ParsedTrade } from './trade-import.js';
import { isDotsWorkbook } from '../sources/imf-dots.js';
import { readPortalTrade } from '../sources/imf-portal-trade.js';
import { SOVIET_END, unMember } from './un-members.js';
import { discoverSourceFiles, ioError, readHead, type SkippedFile } from './files.js';
import { acquireImportLock, removeDeadImports } from './lock.js';
import { openSipriRegister, type RegisterFile } from '../sources/sipri-register.js';
import { readSipriPerYear } from '../sources/sipri-per-year.js';
import { readSipriTiv } from '../sources/sipri-tiv.js';
import { readIdealPoints } from '../sources/unga-ideal-points.js';
import { pairsWithoutAgreement, readUngaAgreement, type AgreementRow } from '../sources/unga-dyads.js';
import { declaredYearRange } from '../sources/sipri-text.js';
import { isKnownName, resolveSipriName, lookupEntity, lookupEntityByName, statesNamedIn } from '../entities/registry.js';
import { categorizeLabel, type LabelCategory } from '../entities/categories.js';
import { allocateAll, allocationDeal, allocationId, CellWriter, deleteAllocations } from './allocations.js';
import type { AllocationDeal } from '../analysis/allocate.js';
import { connect, createStore, dropIndexSql, indexSql, schemaSql, SCHEMA_VERSION, tuneForBuild, type Db } from './db.js';


export interface ImportProgress {
  (step: string, done: number, total: number): void;
}

export interface ImportOptions {
  dbPath: string;
  /** Explicit files; otherwise every recognised file under dataDir (two levels deep). */
  files?: string[];
  dataDir?: string;
  onProgress?: ImportProgress;
  /** Accept a dataset with fewer stored rows than 90 % of the one it replaces (default: refused). */
  allowShrink?: boolean;
  /** The share of a file's records that may be rejected (or be exact repeats) before it is refused (default 0.01). */
  maxRejected?: number;
  /** Wait while another import runs on the store (default); false: fail at once. */
  wait?: boolean;
  /** Told when this import waits for another, or cleans up after a dead one. */
  onNote?: (message: string) => void;
}

/** A dataset replacing one of its kind must keep at least this share of its stored rows. */
export const MIN_KEPT_SHARE = 0.9;
/** Rejected (or exactly repeated) records a file may have before it is refused. */
export const MAX_REJECTED_SHARE = 0.01;

export interface DatasetSummary {
  id: string;
  kind: SourceKind;
  file: string;
  version: string | null;
  records: number;
  stored: number;
  rejected: number;
  /** Records repeating an earlier one field for field. */
  duplicates: number;
  /** Where every physical line of the file went: total = preamble + blank + records + continuation + other. */
  lines: LineAccount;
  /** Weapon labels given a category from their head noun (no rule knew them). */
  inferredLabels: string[];
  unknownNames: string[];
  unmappedLabels: string[];
  problems: Problem[];
}

export interface ImportSummary {
  dbPath: string;
  /** The folder searched (none when files were named). */
  dataDir: string | null;
  datasets: DatasetSummary[];
  skipped: { file: string; reason: string }[];
  allocations: string[];
  reconcile?: unknown;
}

interface Parsed {
  kind: SourceKind;
  file: string;
  id: string;
  sha256: string;
  version: string | null;
  records: number;
  rejected: number;
  duplicates: number;
  lines: LineAccount | null;
  problems: Problem[];
  deals?: Deal[];
  /** The register is read while its deals are stored: no array of 28,000 deals in between. */
  register?: RegisterFile;
  tiv?: TivTableRow[];
  ideal?: IdealPointRow[];
  scVotes?: ScVoteRow[];
  vetoes?: VetoRow[];
  rollCalls?: RollCallRow[];
  issues?: RollCallIssueRow[];
  /** The GA member votes are read while they are stored: no array of 870,000 rows in between. */
  gaVotes?: (onRow: (row: GaVoteRow) => void) => ReadResult<never>;
  /** Agreement pairs, likewise read while stored (a release holds millions). */
  agreement?: (onRow: (row: AgreementRow) => void) => ReadResult<never>;
  declared: { from: number; to: number } | null;
  /** The IMF trade workbooks, read and checked as one dataset. */
  trade?: ParsedTrade;
  milex?: MilexResult;
  officialFinance?: OfficialFinanceRow[];
  projects?: FinanceProjectRow[];
  investmentDeals?: TrackerDealRow[];
  directInvestment?: DirectInvestmentRow[];
}

function parseFile(file: string, kind: SourceKind, sheet?: Sheet, styled?: Sheet[]): Parsed {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw ioError(file, e);
  }
  const name = basename(file);
  const base = {
    kind,
    file: name,
    id: name.replace(/\.(?:csv|tsv|tab|txt|xlsx)$/i, ''),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    declared: declaredYearRange(new TextDecoder('latin1').decode(bytes.subarray(0, 4000))),
  };
  switch (kind) {
    case 'sipri-register': {
      // Counts and problems are known once it has been read (insertDataset).
      const register = openSipriRegister(bytes, name);
      return { ...base, version: register.version, records: 0, rejected: 0, duplicates: 0, lines: null, problems: [], register };
    }
    case 'sipri-per-year': {
      const r = readSipriPerYear(bytes, name);
      return { ...base, version: r.version, ...counts(r), deals: r.rows };
    }
    case 'sipri-tiv-imports':
    case 'sipri-tiv-exports': {
      const r = readSipriTiv(bytes, name);
      return { ...base, version: r.version, ...counts(r), tiv: r.rows };
    }
    case 'unga-ideal-points': {
      const r = readIdealPoints(bytes, name);
      return { ...base, version: r.version ?? name, ...counts(r), ideal: r.rows };
    }
    case 'unsc-votes': {
      const r = readScVotes(sheet!, name);
      return { ...base, version: name, ...counts(r), scVotes: r.rows };
    }
    case 'unsc-vetoes': {
      const r = readVetoes(bytes, name);
      return { ...base, version: name, ...counts(r), vetoes: r.rows };
    }
    case 'unga-roll-calls': {
      const r = readRollCalls(bytes, name);
      return { ...base, version: name, ...counts(r), rollCalls: r.rows };
    }
    case 'unga-issues': {
      const r = readRollCallIssues(bytes, name);
      return { ...base, version: name, ...counts(r), issues: r.rows };
    }
    case 'unga-agreement':
      return { ...base, version: name, records: 0, rejected: 0, duplicates: 0, lines: null, problems: [], agreement: (onRow) => readUngaAgreement(bytes, name, onRow) };
    case 'sipri-milex': {
      const r = readMilex(styled!, name);
      return {
        ...base, version: r.priceYear ? `${name} (constant ${r.priceYear} US$)` : name, records: r.recordsRead, rejected: r.rejected, duplicates: 0,
        lines: { total: styled!.reduce((n, x) => n + x.rowCount, 0), preamble: 0, blank: 0, records: r.recordsRead, continuation: 0, other: styled!.reduce((n, x) => n + x.rowCount, 0) - r.recordsRead },
        problems: r.problems, milex: r,
      };
    }
    case 'aiddata-totals': {
      const r = readAidDataTotals(bytes, name);
      return { ...base, version: name, records: r.recordsRead, rejected: r.rejected, duplicates: r.duplicates, lines: r.lines, problems: r.problems, officialFinance: r.rows };
    }
    case 'imf-dip-inward':
    case 'imf-dip-outward': {
      const r = readImfDip(bytes, name);
      return { ...base, version: name, records: r.recordsRead, rejected: r.rejected, duplicates: r.duplicates, lines: r.lines, problems: r.problems, directInvestment: r.rows };
    }
    case 'aiddata-projects':
    case 'cgit': {
      const r = kind === 'cgit' ? readTracker(styled!, name) : readAidDataProjects(styled!, name);
      const total = styled!.reduce((n, x) => n + x.rows.length, 0);
      return {
        ...base, version: name, records: r.recordsRead, rejected: r.rejected, duplicates: 0, problems: r.problems,
        lines: { total, preamble: 0, blank: 0, records: r.recordsRead, continuation: 0, other: total - r.recordsRead },
        ...(kind === 'cgit' ? { investmentDeals: (r as ReturnType<typeof readTracker>).rows } : { projects: (r as ReturnType<typeof readAidDataProjects>).rows }),
      };
    }
    case 'imf-imts': {
      const r = readPortalTrade(bytes, name);
      const trade = portalTrade(r.series, file, name, base.id, base.sha256);
      return { ...base, version: name, records: r.recordsRead, rejected: r.rejected, duplicates: r.duplicates, lines: r.lines, problems: r.problems, trade: { ...trade, records: r.recordsRead, rejected: r.rejected } };
    }
    case 'imf-dots':
      throw new AppError(`${name}: the IMF trade workbooks are read as one set, not one by one`, 1);
    case 'unga-votes':
      // Counts and problems are known once it has been read (insertDataset).
      return { ...base, version: name, records: 0, rejected: 0, duplicates: 0, lines: null, problems: [], gaVotes: (onRow) => readGaVotes(bytes, name, onRow) };
  }
}

/** Workbooks below this size are tried with the fast values reader first (the IMF's are ~150 KB). */
const FAST_READ_BYTES = 4 * 1024 * 1024;

/**
 * A workbook's kind, from its first sheet's header: the Security Council voting workbook is read
 * (its rows kept for the import); any other is skipped with the reason.
 */
interface WorkbookVerdict {
  path: string;
  size: number;
  mtime: number;
  kind: SourceKind | null;
  reason: string | null;
}

/** What the store says earlier imports found inside each workbook (none when there is no current store). */
function knownWorkbooks(dbPath: string): Map<string, WorkbookVerdict> {
  const out = new Map<string, WorkbookVerdict>();
  if (!existsSync(dbPath)) return out;
  try {
    const db = connect(dbPath, { readonly: true, fileMustExist: true });
    try {
      if (db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get() !== SCHEMA_VERSION) return out;
      for (const r of db.prepare('SELECT path, size, mtime, kind, reason FROM workbook_kinds').all() as WorkbookVerdict[]) out.set(r.path, r);
    } finally {
      db.close();
    }
  } catch {
    /* an unreadable store: every workbook is opened */
  }
  return out;
}

async function identifyWorkbook(file: string): Promise<{ kind: SourceKind; sheet: Sheet } | { kind: 'imf-dots'; dots: DotsWorkbook } | { kind: 'sipri-milex' | 'aiddata-projects' | 'cgit'; styled: Sheet[] } | { skip: string }> {
  // A small workbook of plain values (the IMF's trade workbooks) is read whole by the fast reader;
  // anything it cannot read, or does not recognise, goes through exceljs below.
  if (statSync(file).size < FAST_READ_BYTES) {
    let dots: { file: string; sheets: Sheet[]; sha256: string } | null = null;
    try {
      const bytes = readFileSync(file);
      const sheets = readWorkbookValues(file, bytes);
      if (isDotsWorkbook(sheets)) dots = { file, sheets, sha256: createHash('sha256').update(bytes).digest('hex') };
      else if (isAidDataProjects(sheets)) return { kind: 'aiddata-projects', styled: sheets };
      else if (isTrackerWorkbook(sheets)) return { kind: 'cgit', styled: sheets };
    } catch {
      /* not for the fast reader: exceljs decides */
    }
    // Read at once, outside the try: its errors name file, sheet and row. Only the compact series are kept.
    if (dots) return { kind: 'imf-dots', dots: readDotsWorkbook(dots.file, dots.sheets, dots.sha256) };
  }
  // The first rows of the first sheet tell; only then is the sheet read whole.
  // exceljs (a tenth of a second to load) only when a workbook is read: a register import never does.
  const { readSheets, readSheetsWithStyles } = await import('./workbook.js');
  const [head] = await readSheets(file, (_, i) => i === 0, 0, 30);
  if (head && head.rows.some((r) => isScVotesHeader(r.cells.map((c) => normalizeLabel(c === null ? '' : String(c)))))) {
    const [sheet] = await readSheets(file, (_, i) => i === 0, 0);
    return { kind: 'unsc-votes', sheet };
  }
  const sheet = head;
  if (sheet?.name === 'Front page') {
    // SIPRI's military expenditure workbook: its meaning sits in font colours, so it is read with styles.
    const all = await readSheetsWithStyles(file);
    if (isMilexWorkbook(all)) return { kind: 'sipri-milex', styled: all };
    return { skip: 'a SIPRI workbook this version does not read (no military expenditure sheets)' };
  }
  return { skip: 'a workbook this tool does not read (no header it knows on its first sheet)' };
}

function counts(r: Omit<ReadResult<unknown>, 'rows'>) {
  return { records: r.recordsRead, rejected: r.rejected, duplicates: r.duplicates, lines: r.lines, problems: r.problems };
}

/** SIPRI's "13 Oct 2024 2:20:11 PM" → sortable time; unknown formats sort first. */
function versionTime(v: string | null): number {
  const t = v ? Date.parse(v.replace(/(\d) (\d{1,2}:\d{2}:\d{2}) ([AP]M)/, '$1 $2 $3')) : NaN;
  return Number.isNaN(t) ? 0 : t;
}

export async function importSources(opts: ImportOptions): Promise<ImportSummary> {
  const progress = opts.onProgress ?? (() => {});
  const skipped: SkippedFile[] = [];
  let detected: { file: string; kind: DetectedKind }[];
  if (opts.files) {
    detected = opts.files.map((f) => {
      const p = resolve(f);
      if (!existsSync(p)) throw new AppError(`import: no such file: ${p}`, 2);
      // A FIFO or a device would block the read forever; a folder is not a file.
      const st = statSync(p);
      if (!st.isFile()) throw new AppError(`import: ${p}: ${st.isDirectory() ? 'is a folder, not a file (use --data for a folder)' : 'not a regular file'}`, 2);
      const kind = detectSourceKind(readHead(p), basename(p));
      if (!kind) throw new AppError(`import: ${p} is not a SIPRI or UN export this tool can read (header not recognised)`, 2);
      if (kind === 'unga-dyads') throw new AppError(`import: ${pairsWithoutAgreement(p)}`, 2);
      return { file: p, kind };
    });
  } else {
    const d = discoverSourceFiles(opts.dataDir ?? '.');
    detected = d.files;
    skipped.push(...d.skipped);
  }
  // Workbooks say which they are only inside: opened here (asynchronously, exceljs), once — and an
  // unchanged one the last import already found it does not read is not opened again.
  const found: { file: string; kind: SourceKind }[] = [];
  const sheets = new Map<string, Sheet>();
  const styled = new Map<string, Sheet[]>();
  const known = knownWorkbooks(opts.dbPath);
  const workbooks: WorkbookVerdict[] = [];
  const dots: DotsWorkbook[] = [];
  // Trade workbooks the last import stored and that have not changed since: the 235 of them are
  // read again only when one of the set changed, came or went.
  const dotsUnchanged: string[] = [];
  for (const f of detected) {
    if (f.kind === 'unga-dyads') continue; // refused above, or skipped with its reason by discovery
    if (f.kind !== 'workbook') {
      found.push({ file: f.file, kind: f.kind });
      continue;
    }
    const st = statSync(f.file);
    const stamp = { path: resolve(f.file), size: st.size, mtime: st.mtimeMs };
    const cached = known.get(stamp.path);
    if (cached && cached.size === stamp.size && cached.mtime === stamp.mtime && cached.kind === 'imf-dots' && !opts.files) {
      dotsUnchanged.push(f.file);
      workbooks.push(cached);
      continue;
    }
    if (cached && cached.size === stamp.size && cached.mtime === stamp.mtime && cached.kind === null && !opts.files) {
      skipped.push({ file: f.file, reason: cached.reason ?? 'a workbook this tool does not read' });
      workbooks.push(cached);
      continue;
    }
    progress(`opening ${basename(f.file)}`, 0, detected.length + 3);
    const w = await identifyWorkbook(f.file);
    if ('skip' in w) {
      if (opts.files) throw new AppError(`import: ${f.file}: ${w.skip}`, 2);
      skipped.push({ file: f.file, reason: w.skip });
      workbooks.push({ ...stamp, kind: null, reason: w.skip });
      continue;
    }
    workbooks.push({ ...stamp, kind: w.kind, reason: null });
    if ('dots' in w) {
      dots.push(w.dots);
      continue;
    }
    if ('styled' in w) styled.set(f.file, w.styled);
    else sheets.set(f.file, w.sheet);
    found.push({ file: f.file, kind: w.kind });
  }
  if (dotsUnchanged.length) {
    const storedSet = [...known.values()].filter((w) => w.kind === 'imf-dots').length;
    if (dots.length > 0 || dotsUnchanged.length !== storedSet) {
      for (const file of dotsUnchanged) {
        const w = await identifyWorkbook(file);
        if ('dots' in w) dots.push(w.dots);
      }
    } else {
      skipped.push({ file: dirname(dotsUnchanged[0]), reason: `${dotsUnchanged.length} IMF trade workbook(s) unchanged since the last import: kept as stored` });
    }
  }
  if (found.length === 0 && dots.length === 0 && dotsUnchanged.length === 0) {
    throw new AppError(
      `import: no SIPRI or UNGA files found in ${opts.dataDir ?? '(no folder)'} ` +
        `(looked for trade-register / deliveries-per-year / tiv-imports / tiv-exports / ideal-points CSV files, two levels deep)`,
      3,
    );
  }

  const steps = found.length + 3;
  const parsed: Parsed[] = [];
  found.forEach((f, i) => {
    progress(`reading ${basename(f.file)}`, i, steps);
    parsed.push(parseFile(f.file, f.kind, sheets.get(f.file), styled.get(f.file)));
  });

  if (dots.length) {
    progress(`reading ${dots.length} IMF trade workbook(s)`, found.length, steps);
    const trade = parseTradeWorkbooks(dots);
    parsed.push({ kind: 'imf-dots', file: trade.file, id: trade.id, sha256: trade.sha256, version: trade.version, records: trade.records, rejected: trade.rejected, duplicates: trade.duplicates, lines: trade.lines, problems: trade.problems, declared: null, trade });
  }
  // One dataset per kind: the newest export wins, the others are reported as skipped.
  const byKind = new Map<SourceKind, Parsed>();
  for (const p of parsed) {
    const prev = byKind.get(p.kind);
    if (!prev || versionTime(p.version) > versionTime(prev.version)) {
      if (prev) skipped.push({ file: prev.file, reason: `older ${prev.kind} export than ${p.file}` });
      byKind.set(p.kind, p);
    } else skipped.push({ file: p.file, reason: `older ${p.kind} export than ${prev.file}` });
  }
  // Roll calls before the member votes: a vote's date (from its roll call) tells the Soviet Union from
  // Russia; ideal points before agreement pairs, whose country codes resolve through them.
  const late = (k: SourceKind) => Number(k === 'unga-votes' || k === 'unga-agreement');
  const chosen = [...byKind.values()].sort((a, b) => late(a.kind) - late(b.kind));

  progress('building store', found.length, steps);
  mkdirSync(dirname(opts.dbPath), { recursive: true });
  const lock = acquireImportLock(opts.dbPath, { wait: opts.wait, onWait: opts.onNote });
  const tmp = `${opts.dbPath}.importing-${process.pid}`;
  try {
    const dead = [...(lock.broken ? [lock.broken] : []), ...removeDeadImports(opts.dbPath)];
    if (dead.length) opts.onNote?.(`removed ${dead.length} file(s) left by imports that did not finish: ${dead.join(', ')}`);
    rmSync(tmp, { force: true });
    const db = prepareTarget(opts.dbPath, tmp);
    // Checked once at the end instead of on every row (foreign_key_check below): same guarantee.
    db.pragma('foreign_keys = OFF');
    const summaries: DatasetSummary[] = [];
    const entities = new Map<string, Entity>();
    let allocationsDone: string[] = [];
    let reconcile: unknown;
    const tx = db.transaction(() => {
      const before = new Map((db.prepare('SELECT kind, id, stored FROM datasets').all() as { kind: SourceKind; id: string; stored: number }[]).map((d) => [d.kind, d]));
      for (const p of chosen) dropKind(db, p.kind);
      const storedIds = new Set<string>();
      // The even allocation is written while the deals are stored; the reconciled one needs every
      // deal at once, kept in memory only when SIPRI's yearly tables will be there to fit.
      const kinds = new Set([...chosen.map((p) => p.kind), ...(db.prepare('SELECT kind FROM datasets').pluck().all() as SourceKind[])]);
      const reconciles = kinds.has('sipri-tiv-imports') && kinds.has('sipri-tiv-exports');
      const fresh = new Map<string, AllocationDeal[]>();
      const rollCallDates = new Map<number, string>();
      for (const p of chosen) summaries.push(insertDataset(db, p, entities, storedIds, reconciles ? fresh : null, rollCallDates));
      // Nothing is lost quietly: a file that would replace good data with less, or that the reader
      // could not read well, is refused and the store stays as it was.
      const refusals = summaries.flatMap((d) => refusalsOf(d, before.get(d.kind) ?? null, opts));
      if (refusals.length) {
        throw new AppError(`import refused, the store is unchanged:\n${refusals.map((r) => `  ${r}`).join('\n')}`, 2, 400, { refusals });
      }
      progress('allocating deliveries', found.length + 1, steps);
      const res = allocateAll(db, fresh);
      allocationsDone = res.allocations;
      reconcile = res.report;
      const orphans = db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
      if (orphans.length > 0) {
        throw new AppError(`import: ${orphans.length} rows of ${orphans[0].table} refer to missing ${orphans[0].parent} rows`, 1);
      }
      const remember = db.prepare('INSERT OR REPLACE INTO workbook_kinds VALUES (?, ?, ?, ?, ?)');
      for (const w of workbooks) remember.run(w.path, w.size, w.mtime, w.kind, w.reason);
      db.exec(indexSql());
      // Bounded ANALYZE: enough statistics for the planner at a fraction of the cost.
      db.pragma('analysis_limit = 200');
      db.exec('ANALYZE');
      // … except for the cells, whose two keys (recipient, year) the bounded figures cannot tell
      // apart: a recipient's suppliers would be read through the year index, every pair in the
      // span. Exact figures for their ~60,000 rows take a few milliseconds.
      db.pragma('analysis_limit = 0');
      db.exec('ANALYZE cells');
      db.prepare('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)').run('schema_version', SCHEMA_VERSION);
    });
    tx();
    progress('finishing', found.length + 2, steps);
    db.pragma('journal_mode = WAL');
    db.close();
    renameSync(tmp, opts.dbPath);
    progress('done', steps, steps);
    return { dbPath: opts.dbPath, dataDir: opts.files ? null : resolve(opts.dataDir ?? '.'), datasets: summaries, skipped, allocations: allocationsDone, reconcile };
  } catch (e) {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${tmp}${suffix}`, { force: true });
    throw e;
  } finally {
    lock.release();
  }
}

/** Why a dataset must not replace what the store holds (empty when it may). */
export function refusalsOf(d: DatasetSummary, before: { id: string; stored: number } | null, opts: Pick<ImportOptions, 'allowShrink' | 'maxRejected'>): string[] {
  const out: string[] = [];
  const maxRejected = opts.maxRejected ?? MAX_REJECTED_SHARE;
  const firstErrors = d.problems.filter((p) => p.severity === 'error').slice(0, 3).map((p) => `${p.file} line ${p.line}${p.field ? ` (${p.field})` : ''}: ${p.message}`);
  const examples = firstErrors.length ? `; first: ${firstErrors.join(' | ')}` : '';
  const official = d.kind === 'sipri-tiv-imports' || d.kind === 'sipri-tiv-exports';
  if (d.stored === 0) {
    out.push(`${d.file}: no data rows (${d.records} records read, ${d.rejected} rejected)${examples}`);
    return out;
  }
  if (official && (d.rejected > 0 || d.duplicates > 0)) {
    out.push(`${d.file}: an official table must be read whole: ${d.rejected} row(s) rejected${d.duplicates ? `, ${d.duplicates} repeated` : ''}${examples}`);
  } else if (d.kind === 'imf-dots' && d.rejected > 0) {
    // Official statistics: a figure that cannot be read means a damaged workbook, not a noisy row.
    out.push(`${d.file}: the IMF trade workbooks must be read whole: ${d.rejected} row(s) hold a figure this tool cannot read${examples}`);
  } else if (d.records > 0 && d.rejected / d.records > maxRejected) {
    out.push(`${d.file}: ${d.rejected} of ${d.records} records rejected (${pct(d.rejected / d.records)}, more than ${pct(maxRejected)}; --max-rejected to accept)${examples}`);
  }
  // The IMF's workbooks repeat their first partner row by design: counted once, not a sign of damage.
  if (!official && d.kind !== 'imf-dots' && d.records > 0 && d.duplicates / d.records > maxRejected) {
    out.push(`${d.file}: ${d.duplicates} of ${d.records} records repeat an earlier one field for field (${pct(d.duplicates / d.records)}; is every row there twice? --max-rejected to accept)`);
  }
  if (before && !opts.allowShrink && d.stored < MIN_KEPT_SHARE * before.stored) {
    out.push(`${d.file}: ${d.stored} rows would replace the ${before.stored} of ${before.id} (${pct(d.stored / before.stored)}; a truncated file? --allow-shrink to accept)`);
  }
  return out;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(x < 0.1 ? 1 : 0)} %`;
}

/** A copy of the current store (so datasets of other kinds are kept), or a fresh one. */
function prepareTarget(dbPath: string, tmp: string): Db {
  if (existsSync(dbPath)) {
    let ok = false;
    try {
      const old = connect(dbPath, { readonly: true, fileMustExist: true });
      try {
        const v = old.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get();
        if (v === SCHEMA_VERSION) {
          old.exec(`VACUUM INTO '${tmp.replaceAll("'", "''")}'`);
          ok = true;
        }
      } finally {
        old.close();
      }
    } catch {
      ok = false; // unreadable or foreign file: rebuilt from scratch, the old one is replaced only on success
    }
    if (ok) {
      const db = connect(tmp);
      tuneForBuild(db);
      db.exec(schemaSql());
      // Rows are deleted and loaded without index upkeep; the indexes are built again at the end.
      db.exec(dropIndexSql());
      return db;
    }
    rmSync(tmp, { force: true });
  }
  return createStore(tmp);
}

function dropKind(db: Db, kind: SourceKind): void {
  const ids = db.prepare('SELECT id FROM datasets WHERE kind = ?').pluck().all(kind) as string[];
  for (const id of ids) {
    deleteAllocations(db, id);
    for (const t of ['deals', 'official_tiv', 'official_tiv_totals', 'ideal_points', 'agreement', 'sc_votes', 'vetoes', 'veto_members', 'ga_roll_calls', 'ga_issues', 'ga_votes', 'ga_members', 'trade', 'milex', 'named_states', 'official_finance', 'finance_projects', 'investment_deals', 'direct_investment', 'problems']) {
      db.prepare(`DELETE FROM ${t} WHERE dataset = ?`).run(id);
    }
    db.prepare('DELETE FROM datasets WHERE id = ?').run(id);
  }
}

function resolveEntityName(name: string, entities: Map<string, Entity>, unknown: Set<string>): Entity {
  const e = resolveSipriName(name);
  if (!isKnownName(name)) unknown.add(name);
  entities.set(e.id, e);
  return e;
}

/** Rows per INSERT of GA member votes (four values each): 870,000 rows in ~7,000 statement calls. */
const GA_BATCH = 128;
/** Rows per INSERT of deals: one statement call per batch instead of per deal. */
const DEAL_BATCH = 16;
const DEAL_FIELDS = 23; // the deals table's columns after `dataset`

function sqlText(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

function insertDataset(
  db: Db,
  p: Parsed,
  entities: Map<string, Entity>,
  stored_: Set<string>,
  fresh: Map<string, AllocationDeal[]> | null,
  /** Roll-call dates of this import, for the GA member votes stored after them. */
  rollCallDates: Map<number, string>,
): DatasetSummary {
  const unknown = new Set<string>();
  const unmapped = new Set<string>();
  // What storing finds (unmapped labels, unknown names): reported after what the reader found.
  const found: Problem[] = [];
  let readerProblems = p.problems;
  let records = p.records;
  let rejected = p.rejected;
  let duplicates = p.duplicates;
  let lines = p.lines;
  const inferred = new Set<string>();
  let stored = 0;
  let firstYear = Infinity;
  let lastYear = -Infinity;
  const span = (y: number) => {
    if (y < firstYear) firstYear = y;
    if (y > lastYear) lastYear = y;
  };

  db.prepare('INSERT INTO datasets VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, NULL, NULL, NULL, 0, 0)').run(
    p.id, p.kind, p.file, p.version ?? p.file, p.sha256, new Date().toISOString(), p.records, p.rejected,
  );
  // Once per entity, and never REPLACE: replacing a parent row makes SQLite scan deals for references.
  const insertEntity = db.prepare('INSERT OR IGNORE INTO entities VALUES (?, ?, ?, ?)');
  const newEntity = { run: (id: string, name: string, kind: string, iso3: string | null) => {
    if (stored_.has(id)) return;
    insertEntity.run(id, name, kind, iso3);
    stored_.add(id);
  } };
  // A register names ~260 parties 56,000 times: resolve each spelling once.
  const byName = new Map<string, Entity>();
  const entityOf = (name: string, entities: Map<string, Entity>, unknown: Set<string>): Entity => {
    let e = byName.get(name);
    if (!e) {
      e = resolveEntityName(name, entities, unknown);
      byName.set(name, e);
      newEntity.run(e.id, e.name, e.kind, e.iso3);
    }
    return e;
  };
  if (p.deals || p.register) {
    // Column order of schema.sql's deals table; the dataset is the same for every row.
    const row = `(${sqlText(p.id)}, ${Array.from({ length: DEAL_FIELDS }, () => '?').join(', ')})`;
    const insMany = db.prepare(`INSERT INTO deals VALUES ${Array.from({ length: DEAL_BATCH }, () => row).join(', ')}`);
    const insOne = db.prepare(`INSERT INTO deals VALUES ${row}`);
    const buf: unknown[] = new Array(DEAL_BATCH * DEAL_FIELDS);
    let n = 0;
    let exact = null as CellWriter | null;
    const categories = new Map<string, LabelCategory | null>();
    const allocationInput: AllocationDeal[] = [];
    fresh?.set(p.id, allocationInput);
    const store = (d: Deal) => {
      const r = entityOf(d.recipient, entities, unknown);
      const s = entityOf(d.supplier, entities, unknown);
      let label = categories.get(d.description);
      if (label === undefined) {
        categories.set(d.description, (label = categorizeLabel(d.description)));
        // Said once per label, at its first line.
        if (!label) {
          unmapped.add(d.description);
          found.push({ file: p.file, line: d.line, field: 'Weapon description', message: `unmapped weapon label "${d.description}" (stored as other)`, severity: 'warning' });
        } else if (label.inferred) {
          inferred.add(d.description);
          found.push({ file: p.file, line: d.line, field: 'Weapon description', message: `unknown weapon label "${d.description}": category ${label.category} inferred from its head noun`, severity: 'warning' });
        }
      }
      const cat: Category | null = label?.category ?? null;
      for (const y of d.deliveryYears) span(y);
      // The export covers orders up to its last year even before deliveries are recorded for it.
      if (d.orderYear != null && d.orderYear > lastYear) lastYear = d.orderYear;
      let k = n * DEAL_FIELDS;
      buf[k++] = d.line; buf[k++] = d.sipriId; buf[k++] = r.id; buf[k++] = s.id; buf[k++] = d.recipient; buf[k++] = d.supplier;
      buf[k++] = d.orderYear; buf[k++] = +d.orderYearUncertain; buf[k++] = d.numberOrdered; buf[k++] = +d.numberOrderedUncertain;
      buf[k++] = d.designation; buf[k++] = d.description; buf[k++] = cat ?? 'other'; buf[k++] = d.sipriCategory;
      buf[k++] = d.numberDelivered; buf[k++] = +d.numberDeliveredUncertain; buf[k++] = d.deliveryYears.join(';');
      buf[k++] = +d.deliveryYearsUncertain; buf[k++] = d.status; buf[k++] = d.comments; buf[k++] = d.tivPerUnit;
      buf[k++] = d.tivOrder; buf[k] = d.tivDelivered;
      if (++n === DEAL_BATCH) {
        insMany.run(...buf);
        n = 0;
      }
      if (fresh) {
        const a = allocationDeal(d.line, s.id, r.id, d.deliveryYears, d.tivDelivered);
        if (a) allocationInput.push(a);
      }
      if (d.yearly) {
        for (const y of d.yearly) {
          if (y.tiv == null) continue;
          exact ??= new CellWriter(db, allocationId(db, p.id, 'exact'), { merge: true });
          exact.add(r.id, d.line, y.year, s.id, y.tiv);
        }
      }
      // A per-delivery-year export stores one deal for its rows: each row is stored, in its deal.
      stored += d.yearly ? Math.max(1, d.yearly.length) : 1;
    };
    if (p.register) {
      const r = p.register.read(store);
      readerProblems = r.problems;
      records = r.recordsRead;
      rejected = r.rejected;
      duplicates = r.duplicates;
      lines = r.lines;
    } else for (const d of p.deals!) store(d);
    for (let i = 0; i < n; i++) insOne.run(...buf.slice(i * DEAL_FIELDS, (i + 1) * DEAL_FIELDS));
    exact?.flush();
  }
  if (p.tiv) {
    const kind = p.kind === 'sipri-tiv-imports' ? 'imports' : 'exports';
    // Two spellings of one entity (e.g. North Yemen) are two rows of the table: their figures add up.
    const ins = db.prepare(`INSERT INTO official_tiv VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (dataset, entity_id, year) DO UPDATE SET tiv = tiv + excluded.tiv, below_half = below_half AND excluded.below_half`);
    const tot = db.prepare(`INSERT INTO official_tiv_totals VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (dataset, entity_id) DO UPDATE SET total = COALESCE(total, 0) + COALESCE(excluded.total, 0)`);
    for (const row of p.tiv) {
      const e = entityOf(row.name, entities, unknown);
      tot.run(p.id, kind, e.id, row.name, row.line, row.total);
      for (const y of row.years) {
        span(y.year);
        ins.run(p.id, kind, e.id, row.name, row.line, y.year, y.tiv, +y.belowHalf);
      }
      stored++;
    }
  }
  if (p.ideal) {
    const ins = db.prepare('INSERT OR REPLACE INTO ideal_points VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const agr = db.prepare('INSERT OR REPLACE INTO agreement VALUES (?, ?, ?, ?, ?)');
    for (const row of p.ideal) {
      // By name first: the file gives South Yemen North Yemen's code (YAR).
      const e = lookupEntityByName(row.name) ?? (row.iso3 ? lookupEntity(row.iso3) : null) ?? entityOf(row.name, entities, unknown);
      entities.set(e.id, e);
      newEntity.run(e.id, e.name, e.kind, e.iso3);
      span(row.year);
      ins.run(p.id, e.id, row.iso3, row.name, row.line, row.year, row.session, row.votes, row.idealPoint, row.ccode);
      for (const [patron, share] of Object.entries(row.agree)) agr.run(p.id, e.id, row.year, patron, share);
      stored++;
    }
  }
  const member = (name: string, code: string | null, date: string | null) => {
    const e = unMember(name, code, date);
    if (!e) return entityOf(name, entities, unknown);
    entities.set(e.id, e);
    newEntity.run(e.id, e.name, e.kind, e.iso3);
    return e;
  };
  // The states each agenda item or roll call names, found once here (engine/cover.ts reads them).
  const named = db.prepare('INSERT OR IGNORE INTO named_states VALUES (?, ?, ?)');
  if (p.scVotes) {
    const ins = db.prepare('INSERT INTO sc_votes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const namedOnce = new Set<string>();
    for (const v of p.scVotes) {
      const text = `${v.agenda} ${v.topic ?? ''}`;
      if (!namedOnce.has(text)) {
        namedOnce.add(text);
        for (const e of statesNamedIn(text)) named.run(p.id, e.id, v.agenda);
      }
      const e = member(v.member, null, v.date);
      span(v.year);
      ins.run(p.id, v.line, v.date, v.year, v.meeting, v.draft, v.draftAsWritten, v.resolution, v.agenda, v.topic, v.category, v.region, v.submittedBy, v.outcome, v.outcomeText, e.id, v.member, v.membership, v.vote);
      stored++;
    }
  }
  if (p.vetoes) {
    const ins = db.prepare('INSERT INTO vetoes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const insMember = db.prepare('INSERT INTO veto_members VALUES (?, ?, ?, ?)');
    for (const v of p.vetoes) {
      span(v.year);
      ins.run(p.id, v.line, v.date, v.year, v.draft, v.meeting, v.agenda, v.topic, v.region);
      for (const m of v.vetoedBy) insMember.run(p.id, v.line, member(m, null, v.date).id, m);
      stored++;
    }
  }
  if (p.rollCalls) {
    const ins = db.prepare('INSERT INTO ga_roll_calls VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (const r of p.rollCalls) {
      for (const e of statesNamedIn(`${r.short} ${r.description}`)) named.run(p.id, e.id, String(r.rcid));
      const year = Number(r.date.slice(0, 4));
      span(year);
      ins.run(p.id, r.rcid, r.line, r.session, +r.important, r.date, year, r.resolution, +r.amendment, +r.paragraph, r.short, r.description);
      rollCallDates.set(r.rcid, r.date);
      stored++;
    }
  }
  if (p.issues) {
    const ins = db.prepare('INSERT OR IGNORE INTO ga_issues VALUES (?, ?, ?, ?, ?)');
    for (const r of p.issues) {
      ins.run(p.id, r.rcid, r.issue, r.shortName, r.line);
      stored++;
    }
  }
  if (p.gaVotes) {
    // Roll-call dates from this import, else from the store: `Russia` before 26 December 1991 is the Soviet Union.
    if (rollCallDates.size === 0) for (const r of db.prepare('SELECT rcid, date FROM ga_roll_calls').all() as { rcid: number; date: string }[]) rollCallDates.set(r.rcid, r.date);
    const row = `(${sqlText(p.id)}, ?, ?, ?, ?)`;
    const BATCH = GA_BATCH;
    // Two names of one roll call resolving to one entity (a registry that merges two states) must
    // not stop the import: the first vote stands, the others are counted and reported.
    const insMany = db.prepare(`INSERT OR IGNORE INTO ga_votes VALUES ${Array.from({ length: BATCH }, () => row).join(', ')}`);
    const insOne = db.prepare(`INSERT OR IGNORE INTO ga_votes VALUES ${row}`);
    let written = 0;
    const insMember = db.prepare('INSERT OR IGNORE INTO ga_members VALUES (?, ?, ?, ?)');
    const buf: unknown[] = new Array(BATCH * 4);
    let n = 0;
    // Resolved once per spelling (and era: before or after the Soviet Union's end); each roll call's
    // year and era once per roll call.
    const ids = new Map<string, string[]>();
    const eras = new Map<number, { year: number | null; soviet: number; date: string | null }>();
    const code = { yes: 1, abstain: 2, no: 3 } as const;
    const r = p.gaVotes((v) => {
      let era = eras.get(v.rcid);
      if (!era) {
        const date = rollCallDates.get(v.rcid) ?? null;
        era = { year: date ? Number(date.slice(0, 4)) : null, soviet: date !== null && date < SOVIET_END ? 1 : 0, date };
        eras.set(v.rcid, era);
      }
      let byEra = ids.get(v.country);
      if (!byEra) ids.set(v.country, (byEra = []));
      let id = byEra[era.soviet];
      if (id === undefined) {
        id = byEra[era.soviet] = member(v.country, v.code, era.date).id;
        insMember.run(p.id, id, v.country, v.code);
      }
      if (era.year !== null) span(era.year);
      let k = n * 4;
      buf[k++] = v.rcid; buf[k++] = id; buf[k++] = code[v.vote]; buf[k] = v.line;
      if (++n === BATCH) {
        written += insMany.run(...buf).changes;
        n = 0;
      }
      stored++;
    });
    for (let i = 0; i < n; i++) written += insOne.run(...buf.slice(i * 4, (i + 1) * 4)).changes;
    readerProblems = r.problems;
    records = r.recordsRead;
    rejected = r.rejected;
    duplicates = r.duplicates;
    lines = r.lines;
    if (written < stored) {
      found.push({ file: p.file, line: 0, field: 'country', message: `${stored - written} vote(s) fall on a roll call where another name of the same member already voted: the first kept`, severity: 'error' });
      rejected += stored - written;
      stored = written;
    }
  }
  if (p.agreement) {
    // Country codes resolve through the ideal points in the store (this import's or an earlier
    // one's): the entity a code stood for in that year, else in the last year it appears.
    const codes = new Map<number, { byYear: Map<number, string>; last: string }>();
    const rows = db.prepare(`SELECT ip.ccode, ip.year, COALESCE(e.iso3, e.id) AS ref FROM ideal_points ip JOIN entities e ON e.id = ip.entity_id
      WHERE ip.ccode IS NOT NULL AND ip.dataset = (SELECT id FROM datasets WHERE kind = 'unga-ideal-points' ORDER BY id DESC LIMIT 1) ORDER BY ip.year`).all() as { ccode: number; year: number; ref: string }[];
    for (const r of rows) {
      const c = codes.get(r.ccode) ?? { byYear: new Map(), last: r.ref };
      c.byYear.set(r.year, r.ref);
      c.last = r.ref;
      codes.set(r.ccode, c);
    }
    const idOf = new Map((db.prepare('SELECT id, iso3 FROM entities').all() as { id: string; iso3: string | null }[]).map((e) => [e.iso3 ?? e.id, e.id]));
    const resolve = (ccode: number, year: number) => {
      const c = codes.get(ccode);
      return c ? (c.byYear.get(year) ?? c.last) : null;
    };
    const ins = db.prepare('INSERT OR IGNORE INTO agreement VALUES (?, ?, ?, ?, ?)');
    const unresolved = new Map<number, { line: number; rows: number }>();
    let repeated = 0;
    let firstRepeat = 0;
    const r = p.agreement((a) => {
      const one = resolve(a.ccode1, a.year);
      const two = resolve(a.ccode2, a.year);
      if (!one || !two) {
        const code = one ? a.ccode2 : a.ccode1;
        const u = unresolved.get(code) ?? { line: a.line, rows: 0 };
        u.rows++;
        unresolved.set(code, u);
        return;
      }
      span(a.year);
      if (ins.run(p.id, idOf.get(one) ?? one, a.year, two, a.share).changes === 0) {
        repeated++;
        firstRepeat ||= a.line;
        return;
      }
      stored++;
    });
    readerProblems = r.problems;
    records = r.recordsRead;
    rejected = r.rejected;
    duplicates = r.duplicates + repeated;
    lines = r.lines;
    // One problem per unknown code (with its first line), not one per row: a release has millions.
    for (const [code, u] of unresolved) {
      found.push({ file: p.file, line: u.line, field: 'ccode', message: `country code ${code} is not in the ideal-point estimates (${u.rows} row(s) left out): import the release's estimates file with it`, severity: 'error' });
      rejected += u.rows;
    }
    if (repeated) {
      found.push({ file: p.file, line: firstRepeat, field: 'ccode', message: `${repeated} pair(s) given again for the same year: the first kept`, severity: 'warning' });
      rejected += repeated;
    }
  }
  if (p.officialFinance) {
    const ins = db.prepare('INSERT OR IGNORE INTO official_finance VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const r of p.officialFinance) {
      const e = lookupEntity(r.iso3);
      if (!e) {
        found.push({ file: p.file, line: r.line, field: 'Country Code', message: `"${r.iso3}" is not a country code this tool knows: row left out`, severity: 'error' });
        rejected++;
        continue;
      }
      newEntity.run(e.id, e.name, e.kind, e.iso3);
      span(r.year);
      if (ins.run(p.id, e.id, r.year, r.projects, r.usdConst2021, r.shareEstimated, r.line).changes === 0) {
        found.push({ file: p.file, line: r.line, field: 'year', message: `${r.iso3} ${r.year} given again with other figures: the first kept`, severity: 'error' });
        rejected++;
        continue;
      }
      stored++;
    }
  }
  if (p.projects) {
    const ins = db.prepare('INSERT INTO finance_projects VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (const r of p.projects) {
      const e = lookupEntity(r.recipientIso3) ?? entityOf(r.recipient, entities, unknown);
      newEntity.run(e.id, e.name, e.kind, e.iso3);
      if (r.year !== null) span(r.year);
      ins.run(p.id, r.row, r.id, +r.recommended, e.id, r.year, r.title, r.flowType, r.flowClass, r.status, r.sector, r.amountConst2021, r.amountNominal);
      stored++;
    }
  }
  if (p.investmentDeals) {
    const ins = db.prepare('INSERT INTO investment_deals VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (const r of p.investmentDeals) {
      const e = lookupEntityByName(r.country) ?? lookupEntity(r.country) ?? entityOf(r.country, entities, unknown);
      newEntity.run(e.id, e.name, e.kind, e.iso3);
      span(r.year);
      ins.run(p.id, r.sheet, r.row, r.kind, r.year, r.month, r.entity, r.amount, r.share, r.party, r.sector, r.subsector, e.id, r.country, r.region, +r.bri, +r.greenfield);
      stored++;
    }
  }
  if (p.directInvestment) {
    const ins = db.prepare('INSERT INTO direct_investment VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    // Codes as the IMF gives them: ISO3 for economies, its own for regions and groups (G001, GX…).
    for (const r of p.directInvestment) {
      span(r.year);
      ins.run(p.id, r.line, r.reporter, r.direction, r.counterpart, r.counterpartName, r.year, r.value, +r.derived);
      stored++;
    }
  }
  if (p.milex) {
    const ins = db.prepare('INSERT OR IGNORE INTO milex VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const repeated = new Set<string>();
    for (const r of p.milex.rows) {
      const e = entityOf(r.country, entities, unknown);
      if (ins.run(p.id, e.id, r.country, r.measure, r.year, r.value, r.status, +r.estimate, +r.uncertain, r.notes, r.sheet, r.row).changes === 0) repeated.add(`${r.country} (${r.sheet})`);
      else if (r.status === 'value') span(r.year);
    }
    stored = p.milex.recordsRead - p.milex.rejected;
    for (const n of repeated) found.push({ file: p.file, line: 0, field: 'Country', message: `${n}: a second row for the same country; the first kept`, severity: 'warning' });
  }
  if (p.trade) {
    const t = insertTrade(db, p.trade, (e) => {
      entities.set(e.id, e);
      newEntity.run(e.id, e.name, e.kind, e.iso3);
    }, span);
    stored += t.stored;
    rejected += t.rejected;
    found.push(...t.problems);
  }
  for (const n of unknown) {
    found.push({ file: p.file, line: 0, field: 'name', message: `unknown name "${n}" imported with kind unknown`, severity: 'warning' });
  }
  const problems = [...readerProblems, ...found];
  const seenFirst = Number.isFinite(firstYear) ? firstYear : null;
  const seenLast = Number.isFinite(lastYear) ? lastYear : null;
  db.prepare('UPDATE datasets SET records = ?, rejected = ?, stored = ?, first_year = ?, last_year = ?, data_last_year = ?, inferred_labels = ?, unmapped_labels = ? WHERE id = ?').run(
    records, rejected, stored, p.declared?.from ?? seenFirst, p.declared?.to ?? seenLast, seenLast, inferred.size, unmapped.size, p.id,
  );
  const pins = db.prepare('INSERT INTO problems VALUES (?, ?, ?, ?, ?, ?)');
  for (const pr of problems) pins.run(p.id, pr.file, pr.line, pr.field ?? null, pr.message, pr.severity);
  return {
    id: p.id, kind: p.kind, file: p.file, version: p.version, records, stored, rejected, duplicates,
    lines: lines ?? { total: 0, preamble: 0, blank: 0, records: 0, continuation: 0, other: 0 },
    inferredLabels: [...inferred].sort(), unknownNames: [...unknown].sort(), unmappedLabels: [...unmapped].sort(), problems,
  };
}
