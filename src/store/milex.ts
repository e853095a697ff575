// Military expenditure rows from the store: a country's figures per measure and year.
import type { Db } from './db.js';

export interface MilexDataset {
  id: string;
  version: string | null;
}

export interface MilexDbRow {
  measure: string;
  year: number;
  value: number | null;
  status: 'value' | 'not available' | 'did not exist';
  estimate: number;
  uncertain: number;
  notes: string;
  sheet: string;
  row: number;
}

export function milexDataset(db: Db): MilexDataset | null {
  return (db.prepare("SELECT id, version FROM datasets WHERE kind = 'sipri-milex' ORDER BY id DESC").get() as MilexDataset | undefined) ?? null;
}

export function milexRows(db: Db, dataset: string, entityId: string, from: number, to: number): MilexDbRow[] {
  return db
    .prepare('SELECT measure, year, value, status, estimate, uncertain, notes, sheet, row FROM milex WHERE dataset = ? AND entity_id = ? AND year BETWEEN ? AND ? ORDER BY year')
    .all(dataset, entityId, from, to) as MilexDbRow[];
}
