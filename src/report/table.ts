// Aligned plain-text tables and number formats shared by every CLI command and the brief.

export interface Column {
  header: string;
  align?: 'left' | 'right';
}

/** Width of a string in terminal cells: counts code points, not UTF-16 units (so `–` and `→` are one). */
export function textWidth(text: string): number {
  return [...text].length;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - textWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * An aligned table: a header row, a rule of dashes, then the rows; columns separated by two
 * spaces, no trailing whitespace. Missing cells print empty; extra cells are an error in the caller.
 */
export function renderTable(columns: Column[], rows: string[][]): string {
  for (const [i, row] of rows.entries()) {
    if (row.length > columns.length) {
      throw new Error(`renderTable: row ${i} has ${row.length} cells for ${columns.length} columns`);
    }
  }
  const widths = columns.map((column, i) =>
    Math.max(textWidth(column.header), ...rows.map((row) => textWidth(row[i] ?? ''))),
  );
  const line = (cells: string[]) =>
    columns
      .map((column, i) => pad(cells[i] ?? '', widths[i], column.align ?? 'left'))
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

// Built on first use: creating Intl formats costs a JSON-only command ~10 ms and 6 MB at start.
let formats: { integer: Intl.NumberFormat; oneDecimal: Intl.NumberFormat } | null = null;
function numberFormats() {
  return (formats ??= {
    integer: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
    oneDecimal: new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  });
}

/**
 * SIPRI TIV (millions) as printed in briefs: whole numbers with thousands separators (`1,690`);
 * values under 0.5 print as `<1` rather than a misleading `0` (SIPRI's own convention).
 */
export function formatTiv(tiv: number | null): string {
  if (tiv === null || !Number.isFinite(tiv)) return '–';
  if (tiv > 0 && tiv < 0.5) return '<1';
  return numberFormats().integer.format(Math.round(tiv) === 0 ? 0 : tiv);
}

/** A share 0..1 as a percentage with one decimal and a space before the sign: `42.3 %`. */
export function formatShare(share: number | null, digits: 0 | 1 = 1): string {
  if (share === null || !Number.isFinite(share)) return '–';
  const pct = share * 100;
  const { integer, oneDecimal } = numberFormats();
  return `${digits === 0 ? integer.format(pct) : oneDecimal.format(pct)} %`;
}

/** Any count with thousands separators: `7,033`. */
export function formatCount(n: number | null): string {
  return n === null || !Number.isFinite(n) ? '–' : numberFormats().integer.format(n);
}

/** A span of years with an en dash: `2001–2020` (one year prints once). */
export function formatYears(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}
