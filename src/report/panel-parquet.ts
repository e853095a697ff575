// The panel as Apache Parquet (for R arrow, pandas, DuckDB, Polars), written by a pure-JavaScript writer.
import { parquetWriteBuffer } from 'hyparquet-writer';
import { PANEL_COLUMNS, type PanelRecord } from '../analysis/panel.js';

const NUMERIC: Partial<Record<keyof PanelRecord, 'INT32' | 'DOUBLE'>> = { year: 'INT32', deals: 'INT32', tiv: 'DOUBLE' };

export function panelToParquet(records: readonly PanelRecord[]): Uint8Array {
  const columnData = PANEL_COLUMNS.map((name) => ({
    name,
    data: records.map((r) => r[name]),
    type: NUMERIC[name] ?? ('STRING' as const),
  }));
  return new Uint8Array(parquetWriteBuffer({ columnData }));
}
