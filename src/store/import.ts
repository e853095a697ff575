// `counterweight import`: read source files, resolve names and labels, allocate deliveries, and
// build a new store beside the old one; the old one is replaced only when the new one is complete.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../core/errors.js';
import type { Category, Deal, Entity, IdealPointRow, Problem, TivTableRow } from '../core/types.js';
import { detectSourceKind, type SourceKind } from '../sources/detect.js';
import { readSipriRegister } from '../sources/sipri-register.js';
import { readSipriPerYear } from '../sources/sipri-per-year.js';
import { readSipriTiv } from '../sources/sipri-tiv.js';
import { readIdealPoints } from '../sources/unga-ideal-points.js';
import { declaredYearRange } from '../sources/sipri-text.js';
import { isKnownName, resolveSipriName, lookupEntity, lookupEntityByName } from '../entities/registry.js';
import { categorize } from '../entities/categories.js';
import { allocateAll, allocationDeal } from './allocations.js';
import type { AllocationDeal } from '../analysis/allocate.js';
import { createStore, schemaSql, type Db } from './db.js';
import { createBulkIndexes, dropBulkIndexes } from './indexes.js';

export const SCHEMA_VERSION = '2';

export interface ImportProgress {
  (step: string, done: number, total: number): void;
}

export interface ImportOptions {
  dbPath: string;
  /** Explicit files; otherwise every recognised file under dataDir (two levels deep). */
  files?: string[];
  dataDir?: string;
  onProgress?: ImportProgress;
}

export interface DatasetSummary {
  id: string;
  kind: SourceKind;
  file: string;
  version: string | null;
  records: number;
  stored: number;
  rejected: number;
  unknownNames: string[];
  unmappedLabels: string[];
  problems: Problem[];
}

export interface ImportSummary {
  dbPath: string;
  datasets: DatasetSummary[];
  skipped: { file: string; reason: string }[];
  allocations: string[];
  reconcile?: unknown;
}

/** Files under `dir` (and one level of sub-folders) that a reader recognises. */
export function discoverSourceFiles(dir: string): { file: string; kind: SourceKind }[] {
  if (!existsSync(dir)) return [];
  const out: { file: string; kind: SourceKind }[] = [];
  const visit = (d: string, depth: number) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) {
        if (depth < 2) visit(p, depth + 1);
      } else if (/\.csv$/i.test(name)) {
        const head = readHead(p);
        const kind = detectSourceKind(head, name);
        if (kind) out.push({ file: p, kind });
      }
    }
  };
  visit(dir, 0);
  return out;
}

function readHead(path: string): Buffer {
  const buf = readFileSync(path);
  return buf.subarray(0, Math.min(buf.length, 8192));
}

interface Parsed {
  kind: SourceKind;
  file: string;
  id: string;
  sha256: string;
  version: string | null;
  records: number;
  rejected: number;
  problems: Problem[];
  deals?: Deal[];
  tiv?: TivTableRow[];
  ideal?: IdealPointRow[];
  declared: { from: number; to: number } | null;
}

function parseFile(file: string, kind: SourceKind): Parsed {
  const bytes = readFileSync(file);
  const name = basename(file);
  const base = {
    kind,
    file: name,
    id: name.replace(/\.csv$/i, ''),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    declared: declaredYearRange(new TextDecoder('latin1').decode(bytes.subarray(0, 4000))),
  };
  switch (kind) {
    case 'sipri-register':
    case 'sipri-per-year': {
      const r = kind === 'sipri-register' ? readSipriRegister(bytes, name) : readSipriPerYear(bytes, name);
      return { ...base, version: r.version, records: r.recordsRead, rejected: r.rejected, problems: r.problems, deals: r.rows };
    }
    case 'sipri-tiv-imports':
    case 'sipri-tiv-exports': {
      const r = readSipriTiv(bytes, name);
      return { ...base, version: r.version, records: r.recordsRead, rejected: r.rejected, problems: r.problems, tiv: r.rows };
    }
    case 'unga-ideal-points': {
      const r = readIdealPoints(bytes, name);
      return { ...base, version: r.version ?? name, records: r.recordsRead, rejected: r.rejected, problems: r.problems, ideal: r.rows };
    }
  }
}

/** SIPRI's "13 Oct 2024 2:20:11 PM" → sortable time; unknown formats sort first. */
function versionTime(v: string | null): number {
  const t = v ? Date.parse(v.replace(/(\d) (\d{1,2}:\d{2}:\d{2}) ([AP]M)/, '$1 $2 $3')) : NaN;
  return Number.isNaN(t) ? 0 : t;
}

export function importSources(opts: ImportOptions): ImportSummary {
  const progress = opts.onProgress ?? (() => {});
  const found = opts.files
    ? opts.files.map((f) => {
        const p = resolve(f);
        if (!existsSync(p)) throw new AppError(`import: no such file: ${p}`, 1);
        const kind = detectSourceKind(readHead(p), basename(p));
        if (!kind) throw new AppError(`import: ${p} is not a SIPRI or UNGA export this tool can read (header not recognised)`, 1);
        return { file: p, kind };
      })
    : discoverSourceFiles(opts.dataDir ?? '.');
  if (found.length === 0) {
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
    parsed.push(parseFile(f.file, f.kind));
  });

  // One dataset per kind: the newest export wins, the others are reported as skipped.
  const skipped: { file: string; reason: string }[] = [];
  const byKind = new Map<SourceKind, Parsed>();
  for (const p of parsed) {
    const prev = byKind.get(p.kind);
    if (!prev || versionTime(p.version) > versionTime(prev.version)) {
      if (prev) skipped.push({ file: prev.file, reason: `older ${prev.kind} export than ${p.file}` });
      byKind.set(p.kind, p);
    } else skipped.push({ file: p.file, reason: `older ${p.kind} export than ${prev.file}` });
  }
  const chosen = [...byKind.values()];

  progress('building store', found.length, steps);
  const tmp = `${opts.dbPath}.importing-${process.pid}`;
  rmSync(tmp, { force: true });
  try {
    const db = prepareTarget(opts.dbPath, tmp);
    const summaries: DatasetSummary[] = [];
    const entities = new Map<string, Entity>();
    let allocationsDone: string[] = [];
    let reconcile: unknown;
    const tx = db.transaction(() => {
      dropBulkIndexes(db);
      for (const p of chosen) dropKind(db, p.kind);
      const storedIds = new Set<string>();
      const fresh = new Map<string, AllocationDeal[]>();
      for (const p of chosen) summaries.push(insertDataset(db, p, entities, storedIds, fresh));
      progress('allocating deliveries', found.length + 1, steps);
      const res = allocateAll(db, fresh);
      allocationsDone = res.allocations;
      reconcile = res.report;
      createBulkIndexes(db);
      // Bounded ANALYZE: enough statistics for the planner at a fraction of the cost.
      db.pragma('analysis_limit = 200');
      db.exec('ANALYZE');
      db.prepare('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)').run('schema_version', SCHEMA_VERSION);
    });
    tx();
    progress('finishing', found.length + 2, steps);
    db.pragma('journal_mode = WAL');
    db.close();
    renameSync(tmp, opts.dbPath);
    progress('done', steps, steps);
    return { dbPath: opts.dbPath, datasets: summaries, skipped, allocations: allocationsDone, reconcile };
  } catch (e) {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-wal`, { force: true });
    rmSync(`${tmp}-shm`, { force: true });
    throw e;
  }
}

/** A copy of the current store (so datasets of other kinds are kept), or a fresh one. */
function prepareTarget(dbPath: string, tmp: string): Db {
  if (existsSync(dbPath)) {
    let ok = false;
    try {
      const old = new Database(dbPath, { readonly: true, fileMustExist: true });
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
      const db = new Database(tmp);
      db.pragma('journal_mode = OFF');
      db.pragma('synchronous = OFF');
      db.exec(schemaSql());
      return db;
    }
    rmSync(tmp, { force: true });
  }
  return createStore(tmp);
}

function dropKind(db: Db, kind: SourceKind): void {
  const ids = db.prepare('SELECT id FROM datasets WHERE kind = ?').pluck().all(kind) as string[];
  for (const id of ids) {
    for (const t of ['deals', 'deliveries', 'official_tiv', 'official_tiv_totals', 'ideal_points', 'agreement', 'problems']) {
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

function insertDataset(db: Db, p: Parsed, entities: Map<string, Entity>, stored_: Set<string>, fresh: Map<string, AllocationDeal[]>): DatasetSummary {
  const unknown = new Set<string>();
  const unmapped = new Set<string>();
  const problems: Problem[] = [...p.problems];
  let stored = 0;
  let firstYear = Infinity;
  let lastYear = -Infinity;
  const span = (y: number) => {
    if (y < firstYear) firstYear = y;
    if (y > lastYear) lastYear = y;
  };

  db.prepare('INSERT INTO datasets VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, NULL, NULL, NULL)').run(
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
  if (p.deals) {
    const ins = db.prepare(`INSERT INTO deals VALUES (${Array.from({ length: 24 }, () => '?').join(', ')})`);
    const exact = db.prepare('INSERT INTO deliveries VALUES (?, ?, ?, ?, ?, ?, ?)');
    const categories = new Map<string, Category | null>();
    const allocationInput: AllocationDeal[] = [];
    fresh.set(p.id, allocationInput);
    for (const d of p.deals) {
      const r = entityOf(d.recipient, entities, unknown);
      const s = entityOf(d.supplier, entities, unknown);
      let cat = categories.get(d.description);
      if (cat === undefined) categories.set(d.description, (cat = categorize(d.description)));
      if (!cat) {
        unmapped.add(d.description);
        problems.push({ file: p.file, line: d.line, field: 'Weapon description', message: `unmapped weapon label "${d.description}" (stored as other)`, severity: 'warning' });
      }
      for (const y of d.deliveryYears) span(y);
      // The export covers orders up to its last year even before deliveries are recorded for it.
      if (d.orderYear != null && d.orderYear > lastYear) lastYear = d.orderYear;
      // Column order of schema.sql's deals table.
      ins.run(
        p.id, d.line, d.sipriId, r.id, s.id, d.recipient, d.supplier, d.orderYear, +d.orderYearUncertain,
        d.numberOrdered, +d.numberOrderedUncertain, d.designation, d.description, cat ?? 'other', d.sipriCategory,
        d.numberDelivered, +d.numberDeliveredUncertain, d.deliveryYears.join(';'), +d.deliveryYearsUncertain, d.status,
        d.comments, d.tivPerUnit, d.tivOrder, d.tivDelivered,
      );
      const a = allocationDeal(d.line, s.id, r.id, d.deliveryYears, d.tivDelivered);
      if (a) allocationInput.push(a);
      if (d.yearly) {
        for (const y of d.yearly) if (y.tiv != null) exact.run(p.id, d.line, 'exact', y.year, r.id, s.id, y.tiv);
      }
      stored++;
    }
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
    const ins = db.prepare('INSERT OR REPLACE INTO ideal_points VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const agr = db.prepare('INSERT OR REPLACE INTO agreement VALUES (?, ?, ?, ?, ?)');
    for (const row of p.ideal) {
      // By name first: the file gives South Yemen North Yemen's code (YAR).
      const e = lookupEntityByName(row.name) ?? (row.iso3 ? lookupEntity(row.iso3) : null) ?? entityOf(row.name, entities, unknown);
      entities.set(e.id, e);
      newEntity.run(e.id, e.name, e.kind, e.iso3);
      span(row.year);
      ins.run(p.id, e.id, row.iso3, row.name, row.line, row.year, row.session, row.votes, row.idealPoint);
      for (const [patron, share] of Object.entries(row.agree)) agr.run(p.id, e.id, row.year, patron, share);
      stored++;
    }
  }
  for (const n of unknown) {
    problems.push({ file: p.file, line: 0, field: 'name', message: `unknown name "${n}" imported with kind unknown`, severity: 'warning' });
  }
  const seenFirst = Number.isFinite(firstYear) ? firstYear : null;
  const seenLast = Number.isFinite(lastYear) ? lastYear : null;
  db.prepare('UPDATE datasets SET stored = ?, first_year = ?, last_year = ?, data_last_year = ? WHERE id = ?').run(
    stored, p.declared?.from ?? seenFirst, p.declared?.to ?? seenLast, seenLast, p.id,
  );
  const pins = db.prepare('INSERT INTO problems VALUES (?, ?, ?, ?, ?, ?)');
  for (const pr of problems) pins.run(p.id, pr.file, pr.line, pr.field ?? null, pr.message, pr.severity);
  return {
    id: p.id, kind: p.kind, file: p.file, version: p.version, records: p.records, stored, rejected: p.rejected,
    unknownNames: [...unknown].sort(), unmappedLabels: [...unmapped].sort(), problems,
  };
}
