// The panel as Apache Parquet (for R arrow, pandas, DuckDB, Polars), written by a pure-JavaScript writer.
import { parquetWriteBuffer } from 'hyparquet-writer';
import { PANEL_COLUMNS, type PanelRecord } from '../analysis/panel.js';

const NUMERIC: Partial<Record<keyof PanelRecord, 'INT32' | 'DOUBLE'>> = { year: 'INT32', deals: 'INT32', tiv: 'DOUBLE' };

export function panelToParquet(records: readonly PanelRecord[]): Uint8Array {
  return tableToParquet(records, PANEL_COLUMNS, NUMERIC);
}

/** Any table of records as Parquet: the columns in order, numeric ones typed, the rest as strings. */
export function tableToParquet<R extends object>(records: readonly R[], columns: readonly (keyof R & string)[], numeric: Partial<Record<keyof R, 'INT32' | 'DOUBLE' | 'BOOLEAN'>>): Uint8Array {
  const columnData = columns.map((name) => ({
    name,
    data: records.map((r) => r[name] as unknown),
    type: numeric[name] ?? ('STRING' as const),
  }));
  return new Uint8Array(parquetWriteBuffer({ columnData: columnData as never }));
}
