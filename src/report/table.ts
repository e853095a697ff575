// Aligned plain-text tables for every CLI command and the brief (number formats: core/format.ts).

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
