// The IMF Direction of Trade workbooks as one dataset: each read as soon as it is opened
// (sources/imf-dots.ts over the values store/xlsx-values.ts gives) and kept only as compact series,
// so 235 workbooks never sit in memory at once; checked as a set — one workbook per reporter, an
// identical second copy said and left out, a different one refused naming both files — and stored
// one row per reporter, flow and partner with the yearly figures together.
import { createHash } from 'node:crypto';
import { basename, dirname } from 'node:path';
import { AppError } from '../core/errors.js';
import type { Entity, LineAccount, Problem } from '../core/types.js';
import { resolveImfName } from '../entities/imf-names.js';
import { readDots } from '../sources/imf-dots.js';
import type { PortalTradeSeries } from '../sources/imf-portal-trade.js';
import type { Sheet } from '../sources/sheet.js';
import { encodeFigures } from '../sources/trade-figures.js';
import type { Db } from './db.js';

/** One partner row of a workbook, its figures encoded as stored. */
export interface TradeSeries {
  flow: 'exports' | 'imports';
  partner: string;
  sheet: string;
  row: number;
  firstYear: number;
  lastYear: number;
  figures: string;
}

/** A workbook, read: what the set check and the insert need, and nothing of its cells. */
export interface DotsWorkbook {
  /** The path as found. */
  file: string;
  sha256: string;
  reporter: string;
  series: TradeSeries[];
  /** A digest of the figures: two copies of one reporter's workbook are told apart by it. */
  key: string;
  problems: Problem[];
  records: number;
  rejected: number;
  duplicates: number;
  lines: LineAccount;
}

/** Reads one workbook's sheets into compact series (throws, naming file, sheet and row, on a layout it cannot trust). */
export function readDotsWorkbook(file: string, sheets: Sheet[], sha256: string): DotsWorkbook {
  const r = readDots(sheets, basename(file));
  const byRow = new Map<string, { flow: 'exports' | 'imports'; partner: string; sheet: string; row: number; triples: [number, number, number][] }>();
  for (const x of r.rows) {
    const k = `${x.sheet}\u0000${x.row}`;
    let s = byRow.get(k);
    if (!s) byRow.set(k, (s = { flow: x.flow, partner: x.partner, sheet: x.sheet, row: x.row, triples: [] }));
    s.triples.push([x.year, x.value, x.estimate ? 1 : 0]);
  }
  const series = [...byRow.values()].map((s): TradeSeries => {
    const { firstYear, figures } = encodeFigures(s.triples);
    return { flow: s.flow, partner: s.partner, sheet: s.sheet, row: s.row, firstYear, lastYear: firstYear + figures.split(',').length - 1, figures };
  });
  const key = createHash('sha256').update(JSON.stringify(series.map((s) => [s.flow, s.partner, s.firstYear, s.figures]))).digest('hex');
  return { file, sha256, reporter: r.reporter, series, key, problems: r.problems, records: r.recordsRead, rejected: r.rejected, duplicates: r.duplicates, lines: r.lines };
}

export interface ParsedTrade {
  id: string;
  file: string;
  version: string;
  sha256: string;
  records: number;
  rejected: number;
  duplicates: number;
  lines: LineAccount;
  problems: Problem[];
  workbooks: DotsWorkbook[];
}

/** The set checked. Throws on a reporter given twice with different figures. */
export function parseTradeWorkbooks(books: DotsWorkbook[]): ParsedTrade {
  const sorted = [...books].sort((a, b) => a.file.localeCompare(b.file, 'en', { numeric: true }));
  const problems: Problem[] = [];
  const byReporter = new Map<string, DotsWorkbook>();
  const workbooks: DotsWorkbook[] = [];
  const lines: LineAccount = { total: 0, preamble: 0, blank: 0, records: 0, continuation: 0, other: 0 };
  let records = 0;
  let rejected = 0;
  let duplicates = 0;
  for (const b of sorted) {
    const name = basename(b.file);
    const earlier = byReporter.get(b.reporter);
    if (earlier) {
      if (earlier.key !== b.key) {
        throw new AppError(`${name} and ${basename(earlier.file)} are both the trade workbook of "${b.reporter}", with different figures: keep the one you trust in the folder`, 2);
      }
      problems.push({ file: name, line: 4, field: 'reporter', message: `repeats ${basename(earlier.file)} (${b.reporter}, the same figures): left out`, severity: 'warning' });
      continue;
    }
    byReporter.set(b.reporter, b);
    workbooks.push(b);
    problems.push(...b.problems);
    records += b.records;
    rejected += b.rejected;
    duplicates += b.duplicates;
    for (const k of Object.keys(lines) as (keyof LineAccount)[]) lines[k] += b.lines[k];
  }
  const folder = basename(dirname(sorted[0]?.file ?? '.'));
  return {
    id: folder, file: folder, version: folder,
    sha256: createHash('sha256').update(sorted.map((b) => b.sha256).join('')).digest('hex'),
    records, rejected, duplicates, lines, problems, workbooks,
  };
}

/** A current IMF portal export (one file, every reporter) as the set the workbooks make: one per reporter. */
export function portalTrade(series: PortalTradeSeries[], file: string, name: string, id: string, sha256: string): ParsedTrade {
  const byReporter = new Map<string, DotsWorkbook>();
  for (const x of series) {
    const b = byReporter.get(x.reporter) ?? { file, sha256, reporter: x.reporter, series: [], key: x.reporter, problems: [], records: 0, rejected: 0, duplicates: 0, lines: { total: 0, preamble: 0, blank: 0, records: 0, continuation: 0, other: 0 } };
    b.series.push({ flow: x.flow, partner: x.partner, sheet: name, row: x.line, firstYear: x.firstYear, lastYear: x.lastYear, figures: x.figures });
    b.records += x.rows;
    byReporter.set(x.reporter, b);
  }
  return { ...parseTradeWorkbooks([...byReporter.values()]), id, file: name, version: name };
}

/** Stores the rows; returns what was stored, and the names no rule resolved (reported, left out). */
export function insertTrade(
  db: Db,
  p: ParsedTrade,
  newEntity: (e: Entity) => void,
  span: (year: number) => void,
): { stored: number; rejected: number; problems: Problem[] } {
  const ins = db.prepare('INSERT INTO trade VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const resolved = new Map<string, { id: string; aggregate: boolean } | null>();
  const resolve = (name: string) => {
    if (!resolved.has(name)) {
      const r = resolveImfName(name);
      if (r && 'entity' in r) newEntity(r.entity);
      resolved.set(name, r ? ('entity' in r ? { id: r.entity.id, aggregate: false } : { id: `agg:${r.aggregate}`, aggregate: true }) : null);
    }
    return resolved.get(name)!;
  };
  const problems: Problem[] = [];
  const unknown = new Set<string>();
  let stored = 0;
  let rejected = 0;
  for (const b of p.workbooks) {
    const file = basename(b.file);
    const reporter = resolve(b.reporter);
    if (!reporter) {
      unknown.add(b.reporter);
      rejected += b.records - b.rejected - b.duplicates;
      continue;
    }
    const seen = new Map<string, TradeSeries>();
    for (const s of b.series) {
      const partner = resolve(s.partner);
      if (!partner) {
        unknown.add(s.partner);
        rejected++;
        continue;
      }
      const key = `${s.flow}\u0000${partner.id}`;
      const other = seen.get(key);
      if (other) {
        throw new AppError(`${file}, sheet "${s.sheet}", rows ${other.row} and ${s.row}: "${other.partner}" and "${s.partner}" are one partner (${partner.id}) for this tool; it cannot tell their figures apart`, 2);
      }
      seen.set(key, s);
      span(s.firstYear);
      span(s.lastYear);
      ins.run(p.id, reporter.id, s.flow, partner.id, s.partner, partner.aggregate ? 1 : 0, file, s.sheet, s.row, s.firstYear, s.figures);
    }
    // Rows without figures are read (and counted) but make no series.
    stored += b.records - b.rejected - b.duplicates;
  }
  stored -= rejected;
  for (const n of unknown) {
    problems.push({ file: p.file, line: 0, field: 'name', message: `"${n}" is neither a country nor an aggregate this tool knows: its figures are left out`, severity: 'error' });
  }
  return { stored, rejected, problems };
}
