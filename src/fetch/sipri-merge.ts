// Year chunks of SIPRI's per-delivery-year export made into one file: one preamble, one header, the
// rows of every chunk. Each chunk is checked with the reader `import` uses before it is kept.
import { AppError } from '../core/errors.js';
import type { Problem } from '../core/types.js';
import { findHeader } from '../sources/columns.js';
import { decodeText, physicalLines, csvRecords } from '../sources/csv.js';
import { formatProblem } from '../sources/problem.js';
import { isPerYearHeader, readSipriPerYear, readSipriPerYearRows } from '../sources/sipri-per-year.js';
import { spanLabel, type YearSpan } from './chunks.js';

export interface PerYearChunk {
  years: YearSpan;
  /** The CSV as the backend sent it (Latin-1 or UTF-8). */
  bytes: Buffer;
}

export interface CheckedChunk {
  years: YearSpan;
  preamble: string[];
  header: string;
  /** The header's normalised labels: every chunk must have the same columns. */
  keys: string[];
  /** Each row's text (physical lines joined) with its deal and delivery year. */
  rows: { text: string; dealId: number; year: number }[];
}

export interface MergedPerYear {
  text: string;
  rows: number;
  /** Rows left out because an earlier chunk had the same (deal id, delivery year). */
  duplicates: number;
}

/** The first few errors a reader found, for one message. */
export function problemList(problems: Problem[], max = 3): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const shown = errors.slice(0, max).map(formatProblem);
  return shown.join('; ') + (errors.length > max ? `; and ${errors.length - max} more` : '');
}

/**
 * A chunk read by `readSipriPerYearRows`: no header, or any rejected row (a cut-off last line
 * among them), and it is refused as a whole.
 */
export function checkPerYearChunk(chunk: PerYearChunk): CheckedChunk {
  const label = `SIPRI deliveries ${spanLabel(chunk.years)}`;
  const read = readSipriPerYearRows(chunk.bytes, label);
  if (read.rejected > 0) {
    throw new AppError(`${label}: ${read.rejected} of ${read.recordsRead} rows rejected by the reader: ${problemList(read.problems)}`);
  }
  // A file cut off inside its last row may still have enough fields: any doubt about that row refuses it.
  const lastLine = read.rows.length ? read.rows[read.rows.length - 1].line : -1;
  // (An exact repeat of an earlier row is a finding about the data, not about where the file ends.)
  const doubt = read.problems.find((p) => p.line === lastLine && !p.message.startsWith('exact duplicate of line'));
  if (doubt) throw new AppError(`${label}: the last row looks cut off: ${formatProblem(doubt)}`);
  const lines = physicalLines(decodeText(chunk.bytes));
  const header = findHeader(lines, isPerYearHeader);
  if (!header) throw new AppError(`${label}: no per-delivery-year header`); // the reader already threw
  const byLine = new Map(read.rows.map((r) => [r.line, r]));
  const rows: CheckedChunk['rows'] = [];
  for (const rec of csvRecords(lines, header.index + 1)) {
    const row = byLine.get(rec.line);
    if (!row) throw new AppError(`${label} line ${rec.line}: a record the reader did not return`);
    rows.push({ text: lines.slice(rec.line - 1, rec.line - 1 + rec.span).join('\n'), dealId: row.sipriId, year: row.deliveryYear });
  }
  return { years: chunk.years, preamble: lines.slice(0, header.index), header: lines[header.index], keys: header.keys, rows };
}

/** SIPRI's preamble names the year range asked for; the merged file's names the whole span. */
function rewriteYearRange(line: string, span: YearSpan): string {
  return line.replace(/'\d{4}' to '\d{4}'/, `'${span.from}' to '${span.to}'`);
}

/**
 * One file from the chunks, in order: the first chunk's preamble (its year range widened to `span`)
 * and header, then every row. A (deal id, delivery year) already given by an earlier chunk is left
 * out; repeats within one chunk are SIPRI's own and kept (the reader warns about them).
 */
export function mergePerYearChunks(chunks: CheckedChunk[], span: YearSpan): MergedPerYear {
  if (chunks.length === 0) throw new AppError('SIPRI deliveries: nothing to merge');
  const first = chunks[0];
  const out: string[] = [...first.preamble.map((l) => rewriteYearRange(l, span)), first.header];
  const seen = new Set<string>();
  let rows = 0;
  let duplicates = 0;
  for (const c of chunks) {
    if (c.keys.join('\u0000') !== first.keys.join('\u0000')) {
      throw new AppError(`SIPRI deliveries ${spanLabel(c.years)}: columns differ from ${spanLabel(first.years)} (${c.header} vs ${first.header})`);
    }
    const mine = new Set<string>();
    for (const r of c.rows) {
      const key = `${r.dealId}:${r.year}`;
      if (seen.has(key)) {
        duplicates++;
        continue;
      }
      mine.add(key);
      out.push(r.text);
      rows++;
    }
    for (const k of mine) seen.add(k);
  }
  return { text: out.join('\n') + '\n', rows, duplicates };
}

/**
 * The merged file read back as `import` will read it: no rejected row, and exactly the rows put in.
 * Returns the reader's `Data generated:` version.
 */
export function verifyPerYearFile(bytes: Buffer, name: string, expectedRows: number): { version: string | null; rows: number; deals: number } {
  const read = readSipriPerYear(bytes, name);
  if (read.rejected > 0) throw new AppError(`${name}: ${read.rejected} rows rejected after merging: ${problemList(read.problems)}`);
  if (read.recordsRead !== expectedRows) throw new AppError(`${name}: ${read.recordsRead} rows read back, expected ${expectedRows}`);
  if (expectedRows === 0) throw new AppError(`${name}: the backend returned no rows at all for the years asked`);
  return { version: read.version, rows: read.recordsRead, deals: read.rows.length };
}
