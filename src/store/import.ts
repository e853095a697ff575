// `counterweight import`: read source files, resolve names and labels, allocate deliveries, and
// build a new store beside the old one; the old one is replaced only when the new one is complete.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { AppError } from '../core/errors.js';
import type { Category, Deal, Entity, IdealPointRow, Problem, TivTableRow } from '../core/types.js';
import { detectSourceKind, type SourceKind } from '../sources/detect.js';
import { discoverSourceFiles, readHead, type SkippedFile } from './files.js';
import { openSipriRegister, type RegisterFile } from '../sources/sipri-register.js';
import { readSipriPerYear } from '../sources/sipri-per-year.js';
import { readSipriTiv } from '../sources/sipri-tiv.js';
import { readIdealPoints } from '../sources/unga-ideal-points.js';
import { declaredYearRange } from '../sources/sipri-text.js';
import { isKnownName, resolveSipriName, lookupEntity, lookupEntityByName } from '../entities/registry.js';
import { categorize } from '../entities/categories.js';
import { allocateAll, allocationDeal, allocationId, CellWriter, deleteAllocations } from './allocations.js';
import type { AllocationDeal } from '../analysis/allocate.js';
import { connect, createStore, indexSql, schemaSql, SCHEMA_VERSION, tuneForBuild, type Db } from './db.js';


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
  problems: Problem[];
  deals?: Deal[];
  /** The register is read while its deals are stored: no array of 28,000 deals in between. */
  register?: RegisterFile;
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
    case 'sipri-register': {
      // Counts and problems are known once it has been read (insertDataset).
      const register = openSipriRegister(bytes, name);
      return { ...base, version: register.version, records: 0, rejected: 0, problems: [], register };
    }
    case 'sipri-per-year': {
      const r = readSipriPerYear(bytes, name);
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
  const skipped: SkippedFile[] = [];
  let found: { file: string; kind: SourceKind }[];
  if (opts.files) {
    found = opts.files.map((f) => {
      const p = resolve(f);
      if (!existsSync(p)) throw new AppError(`import: no such file: ${p}`, 2);
      const kind = detectSourceKind(readHead(p), basename(p));
      if (!kind) throw new AppError(`import: ${p} is not a SIPRI or UNGA export this tool can read (header not recognised)`, 2);
      return { file: p, kind };
    });
  } else {
    const d = discoverSourceFiles(opts.dataDir ?? '.');
    found = d.files;
    skipped.push(...d.skipped);
  }
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
    // Checked once at the end instead of on every row (foreign_key_check below): same guarantee.
    db.pragma('foreign_keys = OFF');
    const summaries: DatasetSummary[] = [];
    const entities = new Map<string, Entity>();
    let allocationsDone: string[] = [];
    let reconcile: unknown;
    const tx = db.transaction(() => {
      for (const p of chosen) dropKind(db, p.kind);
      const storedIds = new Set<string>();
      // The even allocation is written while the deals are stored; the reconciled one needs every
      // deal at once, kept in memory only when SIPRI's yearly tables will be there to fit.
      const kinds = new Set([...chosen.map((p) => p.kind), ...(db.prepare('SELECT kind FROM datasets').pluck().all() as SourceKind[])]);
      const reconciles = kinds.has('sipri-tiv-imports') && kinds.has('sipri-tiv-exports');
      const fresh = new Map<string, AllocationDeal[]>();
      for (const p of chosen) summaries.push(insertDataset(db, p, entities, storedIds, reconciles ? fresh : null));
      progress('allocating deliveries', found.length + 1, steps);
      const res = allocateAll(db, fresh);
      allocationsDone = res.allocations;
      reconcile = res.report;
      const orphans = db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
      if (orphans.length > 0) {
        throw new AppError(`import: ${orphans.length} rows of ${orphans[0].table} refer to missing ${orphans[0].parent} rows`, 1);
      }
      db.exec(indexSql());
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
    return { dbPath: opts.dbPath, dataDir: opts.files ? null : resolve(opts.dataDir ?? '.'), datasets: summaries, skipped, allocations: allocationsDone, reconcile };
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
    for (const t of ['deals', 'official_tiv', 'official_tiv_totals', 'ideal_points', 'agreement', 'problems']) {
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
): DatasetSummary {
  const unknown = new Set<string>();
  const unmapped = new Set<string>();
  // What storing finds (unmapped labels, unknown names): reported after what the reader found.
  const found: Problem[] = [];
  let readerProblems = p.problems;
  let records = p.records;
  let rejected = p.rejected;
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
  if (p.deals || p.register) {
    // Column order of schema.sql's deals table; the dataset is the same for every row.
    const row = `(${sqlText(p.id)}, ${Array.from({ length: DEAL_FIELDS }, () => '?').join(', ')})`;
    const insMany = db.prepare(`INSERT INTO deals VALUES ${Array.from({ length: DEAL_BATCH }, () => row).join(', ')}`);
    const insOne = db.prepare(`INSERT INTO deals VALUES ${row}`);
    const buf: unknown[] = new Array(DEAL_BATCH * DEAL_FIELDS);
    let n = 0;
    let exact = null as CellWriter | null;
    const categories = new Map<string, Category | null>();
    const allocationInput: AllocationDeal[] = [];
    fresh?.set(p.id, allocationInput);
    const store = (d: Deal) => {
      const r = entityOf(d.recipient, entities, unknown);
      const s = entityOf(d.supplier, entities, unknown);
      let cat = categories.get(d.description);
      if (cat === undefined) categories.set(d.description, (cat = categorize(d.description)));
      if (!cat) {
        unmapped.add(d.description);
        found.push({ file: p.file, line: d.line, field: 'Weapon description', message: `unmapped weapon label "${d.description}" (stored as other)`, severity: 'warning' });
      }
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
      stored++;
    };
    if (p.register) {
      const r = p.register.read(store);
      readerProblems = r.problems;
      records = r.recordsRead;
      rejected = r.rejected;
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
    found.push({ file: p.file, line: 0, field: 'name', message: `unknown name "${n}" imported with kind unknown`, severity: 'warning' });
  }
  const problems = [...readerProblems, ...found];
  const seenFirst = Number.isFinite(firstYear) ? firstYear : null;
  const seenLast = Number.isFinite(lastYear) ? lastYear : null;
  db.prepare('UPDATE datasets SET records = ?, rejected = ?, stored = ?, first_year = ?, last_year = ?, data_last_year = ? WHERE id = ?').run(
    records, rejected, stored, p.declared?.from ?? seenFirst, p.declared?.to ?? seenLast, seenLast, p.id,
  );
  const pins = db.prepare('INSERT INTO problems VALUES (?, ?, ?, ?, ?, ?)');
  for (const pr of problems) pins.run(p.id, pr.file, pr.line, pr.field ?? null, pr.message, pr.severity);
  return {
    id: p.id, kind: p.kind, file: p.file, version: p.version, records, stored, rejected,
    unknownNames: [...unknown].sort(), unmappedLabels: [...unmapped].sort(), problems,
  };
}
